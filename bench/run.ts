/** `npm run bench`: every benchmark, printed as one JSON document. BENCH_ONLY=import|quotes picks one. */
import { importBenchmark } from './import';
import { quotesBenchmark } from './quotes';

const only = process.env.BENCH_ONLY;
const results: Record<string, unknown> = {};
if (!only || only === 'quotes') results.quotes = quotesBenchmark();
if (!only || only === 'import') results.import = importBenchmark();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
