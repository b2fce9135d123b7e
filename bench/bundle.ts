/**
 * A benchmark's runner bundled for production, with the parse worker beside it where the parse
 * pool looks for a built worker: the figures are the shipped code's, not those of TypeScript
 * compiled on the fly (tsx in a worker thread compiles every module again at its start, most of
 * a second of a 10,000-file import).
 */
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';

const ROOT = join(__dirname, '..');

/**
 * Bundles `entry` (and the parse worker) into out/bench, inside the project so that the bundle
 * finds the native addon in node_modules; returns the runner's path.
 */
export function buildBenchRunner(entry: string): string {
  const outDir = join(ROOT, 'out', 'bench');
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'esbuild'),
    [
      entry,
      join(ROOT, 'src', 'main', 'ingest', 'parse-worker.ts'),
      '--bundle',
      '--platform=node',
      '--format=cjs',
      '--target=node20',
      // The native addon loads its own binary from the package, as in the app.
      '--external:better-sqlite3',
      '--define:process.env.NODE_ENV="production"',
      '--entry-names=[name]',
      '--log-level=warning',
      `--outdir=${outDir}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return join(outDir, `${basename(entry, '.ts')}.js`);
}
