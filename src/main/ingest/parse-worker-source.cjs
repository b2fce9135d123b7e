// A parse worker started from the TypeScript source (a checkout, the tests, the benchmarks):
// worker threads do not inherit the parent's tsx hook, so the worker registers its own.
require('tsx/cjs/api').register();
require('./parse-worker.ts');
