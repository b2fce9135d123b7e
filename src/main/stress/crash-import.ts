import { BATCH_FILES } from '../cli/commands/import';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../store/db';
import { killNow, seededRandom, sleep, startChild, type Child } from './crash-harness';
import {
  halfImportedFiles,
  isHealthy,
  storeHealth,
  storiesPerFile,
  type StoreHealth,
} from './store-checks';
import { crashWireFiles, writeWireFolder } from './wire-set';

export interface ImportCrashOptions {
  files: number;
  runs: number;
  seed: number;
  /** An empty folder of the caller's: the wire files and one database per run go there. */
  workDir: string;
}

export interface ImportCrashFigures {
  runs: number;
  files: number;
  storiesInCleanImport: number;
  cleanImportMs: number;
  cleanFirstCommitMs: number;
  killsDuringImport: number;
  finishedBeforeKill: number;
  /** Kills that left some but not all of the folder stored: the interesting ones. */
  killsMidImport: number;
  storiesAfterKill: { min: number; max: number; mean: number };
  halfImportedFiles: number;
  unhealthyStores: number;
  /** After resuming on the killed store: files whose story count differs from a clean import. */
  filesWrongAfterResume: number;
  problems: string[];
}

const BIN = join('bin', 'edition.cjs');

/** The real command (BATCH_FILES files per `stories.import` request), one process. */
function startImport(folder: string, db: string): Child {
  return startChild([BIN, 'import', folder, '--db', db, '--json']);
}

/** Resolves when the command has opened the store (WAL mode makes the -wal file), or ended. */
async function storeOpened(child: Child, db: string): Promise<void> {
  while (!existsSync(`${db}-wal`) && child.process.exitCode === null) await sleep(5);
}

/** Stories stored so far, read beside the writer (WAL readers do not block it). */
function storedNow(db: string): number {
  let reader: Database.Database | null = null;
  try {
    reader = new Database(db, { readonly: true, fileMustExist: true });
    return reader.prepare('SELECT count(*) FROM stories').pluck().get() as number;
  } catch {
    return 0; // not created or migrated yet, or busy recovering: ask again
  } finally {
    reader?.close();
  }
}

/** Resolves once `stories` are stored, or the command ended. */
async function progress(child: Child, db: string, stories: number): Promise<void> {
  while (child.process.exitCode === null && storedNow(db) < stories) await sleep(10);
}

/** One kill in EARLY_KILLS lands before anything is stored (during start-up and migration). */
const EARLY_KILLS = 10;

/**
 * Runs the import to its end. Timed from the store's opening: `firstCommitMs` until the first
 * batch is stored (the first batch also warms the parsers up), `ms` until the command ended.
 */
async function importToEnd(
  folder: string,
  db: string,
  timed = false,
): Promise<{ ms: number; firstCommitMs: number }> {
  const child = startImport(folder, db);
  await storeOpened(child, db);
  const opened = Date.now();
  let firstCommitMs = 0;
  if (timed) {
    await progress(child, db, 1);
    firstCommitMs = Date.now() - opened;
  }
  const { code } = await child.exited;
  if (code !== 0) throw new Error(`import failed (${code}): ${child.stderr()}`);
  return { ms: Date.now() - opened, firstCommitMs };
}

function inspect(db: string): { health: StoreHealth; perFile: Map<string, number> } {
  const store = openStore(db);
  try {
    return { health: storeHealth(store), perFile: storiesPerFile(store) };
  } finally {
    store.close();
  }
}

/**
 * Imports the folder once cleanly for reference, then `runs` times: start the import, SIGKILL
 * it at a random moment after it opened the store, check what it left, resume the import on
 * the same store and compare with the clean one.
 */
export async function runImportCrashes(options: ImportCrashOptions): Promise<ImportCrashFigures> {
  const folder = join(options.workDir, 'wire');
  writeWireFolder(folder, crashWireFiles(options.files));
  const cleanDb = join(options.workDir, 'clean.db');
  const clean = await importToEnd(folder, cleanDb, true);
  const expected = inspect(cleanDb).perFile;
  const total = [...expected.values()].reduce((sum, n) => sum + n, 0);
  const random = seededRandom(options.seed);
  // The wire set's files are small: the command's batches are cut by count, not by bytes.
  const batches = Math.ceil(options.files / BATCH_FILES);
  const batchMs = (clean.ms - clean.firstCommitMs) / Math.max(1, batches - 1);
  const figures: ImportCrashFigures = {
    runs: options.runs,
    files: options.files,
    storiesInCleanImport: total,
    cleanImportMs: clean.ms,
    cleanFirstCommitMs: clean.firstCommitMs,
    killsDuringImport: 0,
    finishedBeforeKill: 0,
    killsMidImport: 0,
    storiesAfterKill: { min: Infinity, max: 0, mean: 0 },
    halfImportedFiles: 0,
    unhealthyStores: 0,
    filesWrongAfterResume: 0,
    problems: [],
  };
  for (let run = 0; run < options.runs; run += 1) {
    const db = join(options.workDir, `run-${run}.db`);
    const child = startImport(folder, db);
    await storeOpened(child, db);
    // Aimed by progress, not by time (run times vary too much on a shared machine): wait for a
    // random share of the stories, a little past all of them so that some runs see a finished
    // import, then for a random part of one batch's time, to land anywhere in a batch.
    if (random() * EARLY_KILLS < 1) {
      await sleep(random() * clean.firstCommitMs);
    } else {
      await progress(child, db, Math.max(1, Math.ceil(random() * total * 1.02)));
      await sleep(random() * batchMs);
    }
    if (killNow(child) === null) figures.finishedBeforeKill += 1;
    else figures.killsDuringImport += 1;
    await child.exited;

    const afterKill = inspect(db);
    const stored = [...afterKill.perFile.values()].reduce((sum, n) => sum + n, 0);
    figures.storiesAfterKill.min = Math.min(figures.storiesAfterKill.min, stored);
    figures.storiesAfterKill.max = Math.max(figures.storiesAfterKill.max, stored);
    figures.storiesAfterKill.mean += stored / options.runs;
    if (stored > 0 && stored < total) figures.killsMidImport += 1;
    const half = halfImportedFiles(afterKill.perFile, expected);
    figures.halfImportedFiles += half.length;
    if (half.length > 0) figures.problems.push(`run ${run}: half imported ${half.join(', ')}`);
    if (!isHealthy(afterKill.health)) {
      figures.unhealthyStores += 1;
      figures.problems.push(`run ${run} after kill: ${JSON.stringify(afterKill.health)}`);
    }

    await importToEnd(folder, db);
    const resumed = inspect(db);
    const wrong = [...new Set([...expected.keys(), ...resumed.perFile.keys()])].filter(
      (file) => resumed.perFile.get(file) !== expected.get(file),
    );
    figures.filesWrongAfterResume += wrong.length;
    if (wrong.length > 0) figures.problems.push(`run ${run} resumed: wrong ${wrong.join(', ')}`);
    if (!isHealthy(resumed.health)) {
      figures.unhealthyStores += 1;
      figures.problems.push(`run ${run} resumed: ${JSON.stringify(resumed.health)}`);
    }
    // 50 stores of a 1,000-file import would fill a small temp disk.
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  }
  figures.storiesAfterKill.mean = Math.round(figures.storiesAfterKill.mean);
  if (options.runs === 0) figures.storiesAfterKill.min = 0;
  return figures;
}
