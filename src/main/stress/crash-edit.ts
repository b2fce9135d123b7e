import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/db';
import { killNow, percentile, seededRandom, sleep, startChild } from './crash-harness';
import { isHealthy, storeHealth, type StoreHealth } from './store-checks';
import { bodyTextAfter, EDIT_BASE_TEXT } from './typing';

/** The bound: at most the last 2 s of typing may be lost. */
export const MAX_LOST_TYPING_MS = 2000;
/**
 * On top of the bound: the save that starts at the 2 s deadline must still land (its own
 * duration: 5–50 ms measured here, reported as maxSaveMs), the keystroke just before the
 * deadline (≤ 30 ms), and timers firing late while `npm test` runs every file at once on two
 * cores. A maximum wait of 3 s, or none, still fails it.
 */
export const LOST_ALLOWANCE_MS = 500;

export interface EditCrashOptions {
  runs: number;
  seed: number;
  workDir: string;
  /** Kill between these many ms after typing started. */
  killWindowMs: [number, number];
}

export interface EditCrashFigures {
  runs: number;
  autosaveMaxWaitMs: number;
  killWindowMs: [number, number];
  keystrokesTyped: number;
  saves: number;
  maxSaveMs: number;
  lostMs: { max: number; p95: number; median: number };
  lostBoundMs: number;
  runsOverBound: number;
  bodiesNotPrefix: number;
  unhealthyStores: number;
  problems: string[];
}

const CHILD = join(__dirname, 'crash-edit-child.ts');

interface ChildLog {
  readyAt: number;
  maxWait: number;
  keystrokeAt: Map<number, number>;
  saveMs: number[];
}

function readLog(lines: string[]): ChildLog {
  const log: ChildLog = { readyAt: NaN, maxWait: NaN, keystrokeAt: new Map(), saveMs: [] };
  for (const line of lines) {
    const [kind, a = '', b = ''] = line.split(' ');
    if (kind === 'ready') log.readyAt = Number(a);
    else if (kind === 'maxwait') log.maxWait = Number(a);
    else if (kind === 'c') log.keystrokeAt.set(Number(a), Number(b));
    else if (kind === 's') log.saveMs.push(Number(b) - Number(a));
  }
  return log;
}

/** How many typed characters the store holds, or null if its body is not what was typed. */
function storedKeystrokes(db: string): { typed: number | null; health: StoreHealth } {
  const store = openStore(db);
  try {
    const story = store.prepare('SELECT body_text, revision FROM stories').get() as
      { body_text: string; revision: number } | undefined;
    const health = storeHealth(store);
    // Killed before the story itself was stored: nothing was typed into it yet.
    if (!story) return { typed: 0, health };
    // Revision 1 is the import; it holds the base text in its own form, and no typing.
    if (story.revision === 1) return { typed: 0, health };
    const typed = story.body_text.length - EDIT_BASE_TEXT.length;
    return { typed: bodyTextAfter(typed) === story.body_text ? typed : null, health };
  } finally {
    store.close();
  }
}

/**
 * `runs` times: a child types into a story saved by the real StorySaver, is SIGKILLed at a
 * random moment, and the store is checked: healthy, the body a prefix of the typing, and
 * lost typing = kill time − time of the last stored keystroke within the bound.
 */
export async function runEditCrashes(options: EditCrashOptions): Promise<EditCrashFigures> {
  const random = seededRandom(options.seed);
  const [from, to] = options.killWindowMs;
  const bound = MAX_LOST_TYPING_MS + LOST_ALLOWANCE_MS;
  const lost: number[] = [];
  const figures: EditCrashFigures = {
    runs: options.runs,
    autosaveMaxWaitMs: NaN,
    killWindowMs: options.killWindowMs,
    keystrokesTyped: 0,
    saves: 0,
    maxSaveMs: 0,
    lostMs: { max: 0, p95: 0, median: 0 },
    lostBoundMs: bound,
    runsOverBound: 0,
    bodiesNotPrefix: 0,
    unhealthyStores: 0,
    problems: [],
  };
  for (let run = 0; run < options.runs; run += 1) {
    const db = join(options.workDir, `edit-${run}.db`);
    const childSeed = Math.floor(random() * 2 ** 31) + 1;
    const child = startChild(['--import', 'tsx', CHILD, db, String(childSeed)], {
      TSX_TSCONFIG_PATH: 'tsconfig.web.json',
    });
    await child.waitForLine((line) => line.startsWith('ready '));
    await sleep(from + random() * (to - from));
    const killedAt = killNow(child);
    await child.exited;
    if (killedAt === null) throw new Error(`the editing child ended by itself: ${child.stderr()}`);

    const log = readLog(child.lines);
    figures.autosaveMaxWaitMs = log.maxWait;
    figures.keystrokesTyped += log.keystrokeAt.size;
    figures.saves += log.saveMs.length;
    figures.maxSaveMs = Math.max(figures.maxSaveMs, ...log.saveMs);
    const { typed, health } = storedKeystrokes(db);
    if (!isHealthy(health)) {
      figures.unhealthyStores += 1;
      figures.problems.push(`run ${run}: ${JSON.stringify(health)}`);
    }
    if (typed === null || typed > log.keystrokeAt.size) {
      figures.bodiesNotPrefix += 1;
      figures.problems.push(`run ${run}: the stored body is not a prefix of the typing`);
    } else {
      const lastStored = typed === 0 ? log.readyAt : log.keystrokeAt.get(typed)!;
      const lostMs = killedAt - lastStored;
      lost.push(lostMs);
      if (lostMs > bound) {
        figures.runsOverBound += 1;
        figures.problems.push(`run ${run} (child seed ${childSeed}): lost ${lostMs} ms`);
      }
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  }
  figures.lostMs = {
    max: Math.max(0, ...lost),
    p95: percentile(lost, 95),
    median: percentile(lost, 50),
  };
  return figures;
}
