/**
 * `npm run bench`: every benchmark, printed as one JSON document. BENCH_ONLY=import|quotes|
 * email|editor|drag picks one; BENCH_ONLY=scale (large generated archives) and BENCH_ONLY=editor-open
 * (only the opening of the editor's long story, OPEN_RUNS times: p50/p90) run only when asked.
 */
import { dragBenchmark } from './drag';
import { editorBenchmark, editorOpenBenchmark } from './editor';
import { emailBenchmark } from './email';
import { importBenchmark } from './import';
import { quotesBenchmark } from './quotes';

const only = process.env.BENCH_ONLY;
const results: Record<string, unknown> = {};
if (!only || only === 'quotes') results.quotes = quotesBenchmark();
if (!only || only === 'import') results.import = importBenchmark();

async function main(): Promise<void> {
  if (!only || only === 'email') results.email = await emailBenchmark();
  if (!only || only === 'editor') results.editor = await editorBenchmark();
  if (only === 'editor-open') results.editorOpen = await editorOpenBenchmark();
  if (!only || only === 'drag') results.drag = await dragBenchmark();
  if (only === 'scale') results.scale = await (await import('./scale')).scaleBenchmark();
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
