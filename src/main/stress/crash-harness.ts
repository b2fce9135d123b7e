import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The checkout's root: children run its bin/ and src/ exactly as a user's shell would. */
const ROOT = join(__dirname, '..', '..', '..');

/** Deterministic random numbers in [0, 1): a failing run is repeated by its printed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32: small, fast, and good enough to spread kill times.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface Child {
  process: ChildProcess;
  /** Every stdout line, in order, as it arrives. */
  lines: string[];
  /** Resolves once the child has exited and its stdout is fully read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first line matching `test` (rejects if the child exits first). */
  waitForLine: (test: (line: string) => boolean) => Promise<string>;
  stderr: () => string;
}

/** Plain Node, no wrapper process: a SIGKILL must hit the process that holds the database. */
export function startChild(args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // Libraries such as Lexical ship a slower development build chosen by NODE_ENV.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const reader = createInterface({ input: child.stdout! });
  reader.on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.test(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const closed = new Promise<void>((resolve) => reader.on('close', resolve));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => void closed.then(() => resolve({ code, signal })));
  });
  const waitForLine = (test: (line: string) => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      const seen = lines.find(test);
      if (seen !== undefined) return resolve(seen);
      waiters.push({ test, resolve });
      void exited.then(({ code, signal }) =>
        reject(new Error(`child exited (${signal ?? code}) before the expected line: ${stderr}`)),
      );
    });
  return { process: child, lines, exited, waitForLine, stderr: () => stderr };
}

/** Kills now unless the child already ended; answers the kill time, or null if it had ended. */
export function killNow(child: Child): number | null {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return null;
  const at = Date.now();
  child.process.kill('SIGKILL');
  return at;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of `values` (0 for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs from the environment (CRASH_RUNS), else the brief default of `npm test`. */
export function crashRuns(fallback: number): number {
  const value = Number(process.env.CRASH_RUNS);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** CRASH_SEED repeats a run; otherwise a fresh one, printed with the figures. */
export function crashSeed(): number {
  const value = Number(process.env.CRASH_SEED);
  return Number.isInteger(value) && value > 0 ? value : Math.floor(Math.random() * 2 ** 31) + 1;
}
