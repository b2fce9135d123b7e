/**
 * One benchmark run in a fresh process (so that peak memory is this run's own), run from the
 * production bundle that bench/import.ts builds (as the app and the packaged CLI run: no
 * TypeScript compiled on the fly, in this process or in its parse workers). Imports the wire
 * files of a folder the way `edition import` does (read from disk, batches with two in flight,
 * parse workers, full pipeline, FTS included), then inserts the same rows with bare
 * better-sqlite3 into a fresh store of the same schema for comparison. Prints one JSON line.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '../src/shared/model';
import { BATCH_FILES, IN_FLIGHT } from '../src/main/cli/commands/import';
import { createContext } from '../src/main/handlers/context';
import { ingestFiles } from '../src/main/ingest/ingest-file';
import { openStore } from '../src/main/store/db';
import { withSearchIndexDeferred } from '../src/main/store/search-index';

/** The generated wire files; the stores are written beside them, in a folder of their own. */
const [filesFolder, storeFolder] = process.argv.slice(2) as [string, string];

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

async function main(): Promise<void> {
  const names = readdirSync(filesFolder).map((name) => join(filesFolder, name));
  const count = names.length;
  (globalThis as { gc?: () => void }).gc?.();
  const baselineRss = process.memoryUsage().rss;
  peakRss = baselineRss;

  const db = openStore(join(storeFolder, 'import.db'));
  const ctx = createContext(db);
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const started = performance.now();
  // As `edition import` does: the next batch is read and parsed while the store writes one.
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < names.length; start += BATCH_FILES) {
    const files = names
      .slice(start, start + BATCH_FILES)
      .map((path) => ({ name: path, bytes: readFileSync(path) }));
    inFlight.push(ingestFiles(ctx, files, report));
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  // What the log still holds is the import's to copy into the database too, as for bare below:
  // counted, so that a larger log flatters nothing.
  db.pragma('wal_checkpoint(PASSIVE)');
  const importSeconds = (performance.now() - started) / 1000;
  const stories = report.imported.length;
  clearInterval(sampler); // the import's peak; the bare comparison below loads rows of its own
  const importPeakRss = Math.max(peakRss, process.memoryUsage().rss);
  (globalThis as { gc?: () => void }).gc?.();
  const retainedHeapMb = process.memoryUsage().heapUsed / 1024 / 1024;

  const bareSeconds = bareInsert(db, join(storeFolder, 'bare.db'), false);
  const bareIndexOnceSeconds = bareInsert(db, join(storeFolder, 'bare-index-once.db'), true);
  db.close();
  process.stdout.write(
    `${JSON.stringify({
      files: count,
      stories,
      failed: report.failed.length,
      firstFailures: report.failed.slice(0, 3),
      importSeconds: round(importSeconds),
      storiesPerSecond: Math.round(stories / importSeconds),
      bareInsertSeconds: round(bareSeconds),
      ratioToBare: round(importSeconds / bareSeconds),
      // The same rows with the full-text index written once at the end instead of by the
      // trigger per row, as the import writes it a batch at a time: the fastest bare insert.
      bareInsertIndexOnceSeconds: round(bareIndexOnceSeconds),
      ratioToBareIndexOnce: round(importSeconds / bareIndexOnceSeconds),
      baselineRssMb: round(baselineRss / 1024 / 1024),
      heapAfterImportMb: round(retainedHeapMb),
      peakRssMb: round(importPeakRss / 1024 / 1024),
      peakRssAboveBaselineMb: round((importPeakRss - baselineRss) / 1024 / 1024),
    })}\n`,
  );
}

/**
 * The same rows, inserted by better-sqlite3 alone: one prepared INSERT, one transaction; the
 * full-text index by the schema's trigger per row, or (`indexOnce`) in one statement at the end.
 */
function bareInsert(
  source: ReturnType<typeof openStore>,
  file: string,
  indexOnce: boolean,
): number {
  const rows = source.prepare('SELECT * FROM stories').all() as Record<string, unknown>[];
  const target = openStore(file);
  const columns = Object.keys(rows[0] ?? { id: 0 }).filter((column) => column !== 'id');
  const insert = target.prepare(
    `INSERT INTO stories (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
  );
  const started = performance.now();
  const insertAll = () => {
    for (const row of rows)
      insert.run(Object.fromEntries(columns.map((column) => [column, row[column]])));
  };
  target.transaction(() =>
    indexOnce ? withSearchIndexDeferred(target, insertAll) : insertAll(),
  )();
  // As for the import: the rows are in the database file, not only in the log.
  target.pragma('wal_checkpoint(PASSIVE)');
  const seconds = (performance.now() - started) / 1000;
  target.close();
  return seconds;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(storeFolder, { recursive: true, force: true }));
