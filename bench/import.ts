/**
 * Import throughput and memory at 1k, 10k and 40k files (BENCH_SIZES to change), each run in a
 * fresh process. Targets (issue "Wire ingest"): ≥ 3,000 stories/s, ≤ 3× bare better-sqlite3,
 * flat memory. The 40k run shows where peak memory settles: the heaps of the main thread and of
 * the parse worker grow to their working size over the first few thousand files, then stay.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchRunner } from './bundle';
import { generateWireFiles } from './generate';

export function importBenchmark(): Record<string, unknown> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,40000').split(',').map(Number);
  const work = mkdtempSync(join(tmpdir(), 'edition-bench-'));
  try {
    const runner = buildBenchRunner(join(__dirname, 'import-run.ts'));
    const runs = sizes.map((size) => runImport(runner, work, size));
    return {
      targets: { storiesPerSecond: 3000, ratioToBare: 3 },
      runs,
      // Peak RSS of each run less that of the one before it (fewer files).
      peakRssGrowthMb: runs.slice(1).map((run, index) => ({
        from: runs[index]!.files,
        to: run.files,
        mb: Math.round((run.peakRssMb! - runs[index]!.peakRssMb!) * 10) / 10,
      })),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One run: the files written here, imported by the bundled runner in a process of its own. */
function runImport(runner: string, work: string, size: number): Record<string, number> {
  const files = join(work, `files-${size}`);
  const stores = join(work, `stores-${size}`);
  mkdirSync(files);
  mkdirSync(stores);
  for (const file of generateWireFiles(size)) writeFileSync(join(files, file.name), file.content);
  try {
    const output = execFileSync(process.execPath, ['--expose-gc', runner, files, stores], {
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(output.trim().split('\n').pop()!) as Record<string, number>;
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}
