/**
 * Import throughput and memory at 1k and 10k files (BENCH_SIZES to change), each run in a
 * fresh process. Targets (issue "Wire ingest"): ≥ 3,000 stories/s, ≤ 3× bare better-sqlite3,
 * flat memory.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function importBenchmark(): Record<string, unknown> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
  const runs = sizes.map((size) => {
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(__dirname, 'import-run.ts'), String(size)],
      {
        env: { ...process.env, NODE_ENV: 'production' },
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return JSON.parse(output.trim().split('\n').pop()!) as Record<string, number>;
  });
  return {
    targets: { storiesPerSecond: 3000, ratioToBare: 3 },
    runs,
    peakRssGrowthMb:
      runs.length > 1
        ? Math.round((runs.at(-1)!.peakRssMb! - runs[0]!.peakRssMb!) * 10) / 10
        : null,
  };
}
