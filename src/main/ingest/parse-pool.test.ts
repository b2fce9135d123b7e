import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/model';
import { memoryContext, tempFolder } from '../test/helpers';
import { fixtureBytes } from '../wire/__fixtures__/read-fixture';
import { ingestFiles } from './ingest-file';
import { ParsePool, parseWorkerCount, parseWorkerScript } from './parse-pool';
import { prepareFiles, type IncomingFile } from './prepare';

const FIXTURES = join(__dirname, '..', 'wire', '__fixtures__');
const files: IncomingFile[] = readdirSync(FIXTURES)
  .filter((name) => !name.endsWith('.ts'))
  .map((name) => ({ name, bytes: fixtureBytes(name) }));
const folder = tempFolder();
afterAll(() => folder.cleanup());

/** A worker script of the test's own, speaking the pool's protocol. */
function workerScript(name: string, source: string): string {
  const path = join(folder.path, name);
  writeFileSync(path, source);
  return path;
}

function emptyReport(): ImportReport {
  return { imported: [], updated: [], duplicates: [], failed: [] };
}

describe('the parse pool', () => {
  it('prepares every fixture on a worker exactly as in-process, failures included', async () => {
    const pool = new ParsePool(parseWorkerScript()!, 1);
    try {
      const [onWorker, inProcess] = await Promise.all([pool.prepare(files), prepareFiles(files)]);
      expect(onWorker).toEqual(inProcess);
      expect(onWorker.every((outcome) => outcome.ok)).toBe(true);
      const broken = [{ name: 'broken.xml', bytes: Buffer.from('<nitf><head>') }];
      expect(await pool.prepare(broken)).toEqual(await prepareFiles(broken));
      expect((await pool.prepare(broken))[0]).toMatchObject({ ok: false });
    } finally {
      await pool.close();
    }
  });

  it('redoes the task of a worker that dies, and goes on with a new one', async () => {
    const started = join(folder.path, 'dies-started');
    const dies = workerScript(
      'dies.cjs',
      `const { parentPort } = require('node:worker_threads');
       require('node:fs').appendFileSync(${JSON.stringify(started)}, 'x');
       parentPort.on('message', () => process.exit(3));
       parentPort.postMessage('ready');`,
    );
    const pool = new ParsePool(dies, 1);
    try {
      const some = files.slice(0, 4);
      expect(await pool.prepare(some)).toEqual(await prepareFiles(some));
      expect(readFileSync(started, 'utf8').length).toBeGreaterThanOrEqual(2); // a new one
      expect(await pool.prepare(some)).toEqual(await prepareFiles(some));
    } finally {
      await pool.close();
    }
  });

  it('redoes in-process only the task a dying worker had started; the others go to a new one', async () => {
    // A worker that dies on a task whose first file is poison.txt, and answers the others with
    // a mark of its own.
    const poisoned = workerScript(
      'poisoned.cjs',
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (request) => {
         if (Atomics.compareExchange(new Int32Array(request.claim), 0, 0, 1) !== 0) return;
         if (request.files[0].name === 'poison.txt') process.exit(3);
         parentPort.postMessage({ id: request.id, outcomes: [{ ok: false, error: 'from a worker' }] });
       });
       parentPort.postMessage('ready');`,
    );
    const pool = new ParsePool(poisoned, 1);
    try {
      const poison = [{ name: 'poison.txt', bytes: Buffer.from('Отрова\n\nТекст.') }];
      const tasks = [poison, files.slice(0, 1), files.slice(1, 2)].map((chunk) =>
        pool.submit(chunk),
      );
      const [first, ...others] = await Promise.all(tasks.map((task) => task.outcomes));
      expect(first).toEqual(await prepareFiles(poison)); // redone here, reported as any file
      expect(others).toEqual([
        [{ ok: false, error: 'from a worker' }],
        [{ ok: false, error: 'from a worker' }],
      ]);
    } finally {
      await pool.close();
    }
  });

  it('never redoes here a task whose worker ran out of memory: each file alone, the culprit fails', async () => {
    // A worker that runs out of memory on hungry.txt and answers every other file with a mark.
    const hungry = workerScript(
      'hungry.cjs',
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (request) => {
         if (Atomics.compareExchange(new Int32Array(request.claim), 0, 0, 1) !== 0) return;
         if (request.files.some((file) => file.name === 'hungry.txt')) {
           const hoard = [];
           for (;;) hoard.push(new Array(1e6).fill(hoard.length));
         }
         parentPort.postMessage({
           id: request.id,
           outcomes: request.files.map((file) => ({ ok: false, error: 'read ' + file.name })),
         });
       });
       parentPort.postMessage('ready');`,
    );
    const pool = new ParsePool(hungry, 1, { heapMb: 32 });
    try {
      const batch = ['a.txt', 'hungry.txt', 'b.txt'].map((name) => ({
        name,
        bytes: Buffer.from('Текст\n\nАбзац.'),
      }));
      const outcomes = await pool.prepare(batch);
      expect(outcomes).toEqual([
        { ok: false, error: 'read a.txt' },
        {
          ok: false,
          error: 'the file needs more memory to read than Edition gives a parser',
          reason: { key: 'tooComplex' },
        },
        { ok: false, error: 'read b.txt' },
      ]);
      // The pool goes on: the file's fault, not the machine's.
      expect(await pool.prepare(batch.slice(0, 1))).toEqual([{ ok: false, error: 'read a.txt' }]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it.each([0, 20])(
    'stops starting workers that die %i ms after saying ready, and answers every task',
    async (afterMs) => {
      const started = join(folder.path, `started-${afterMs}`);
      const dying = workerScript(
        `dying-${afterMs}.cjs`,
        `const { parentPort } = require('node:worker_threads');
         require('node:fs').appendFileSync(${JSON.stringify(started)}, 'x');
         parentPort.on('message', () => {});
         parentPort.postMessage('ready');
         setTimeout(() => { throw new Error('gone'); }, ${afterMs});`,
      );
      const pool = new ParsePool(dying, 2, { idleMs: 100 });
      try {
        const some = files.slice(0, 1);
        const tasks = Array.from({ length: 6 }, () => pool.submit(some));
        for (const outcomes of await Promise.all(tasks.map((task) => task.outcomes)))
          expect(outcomes).toEqual(await prepareFiles(some));
        await new Promise((resolve) => setTimeout(resolve, 1500));
        // Two, and a third for the tasks they left: then in-process, not a worker per loss.
        expect(readFileSync(started, 'utf8').length).toBeLessThanOrEqual(4);
        expect(pool.workerCount).toBe(0);
      } finally {
        await pool.close();
      }
    },
  );

  it('still answers the tasks it was given when it is closed under them', async () => {
    const pool = new ParsePool(parseWorkerScript()!, 1);
    const some = files.slice(0, 6);
    const queued = pool.prepare(some); // the worker is still starting: queued
    await new Promise((resolve) => setTimeout(resolve, 20));
    await pool.close();
    expect(await queued).toEqual(await prepareFiles(some));
    await pool.prepare(some.slice(0, 1)); // a worker again, and ready
    const sent = pool.prepare(some);
    await pool.close();
    expect(await sent).toEqual(await prepareFiles(some));
  });

  it('lets the caller parse tasks no worker has started; a task a worker holds stays its own', async () => {
    // A worker that holds its first task for 300 ms (saying so with a file), then answers each
    // task it claims with the task's id.
    const holding = join(folder.path, 'holding');
    const slow = workerScript(
      'slow.cjs',
      `const { parentPort } = require('node:worker_threads');
       let first = true;
       parentPort.on('message', (request) => {
         if (Atomics.compareExchange(new Int32Array(request.claim), 0, 0, 1) !== 0) return;
         if (first) {
           require('node:fs').writeFileSync(${JSON.stringify(holding)}, '');
           Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
         }
         first = false;
         parentPort.postMessage({ id: request.id, outcomes: [{ ok: false, error: 'worker ' + request.id }] });
       });
       parentPort.postMessage('ready');`,
    );
    const pool = new ParsePool(slow, 1);
    try {
      const some = files.slice(0, 2);
      const held = pool.submit(some); // queued while the worker starts, then held by it
      const waiting = pool.submit(some); // sent behind it
      const takenBack = pool.submit(some);
      await expect.poll(() => existsSync(holding), { timeout: 10_000 }).toBe(true);
      expect(await pool.takeBack(takenBack)).toBe(true);
      expect(await takenBack.outcomes).toEqual(await prepareFiles(some));
      // The held task is the worker's: it is not parsed twice, and its answer is the worker's.
      expect(await pool.takeBack(held)).toBe(false);
      expect(await held.outcomes).toEqual([{ ok: false, error: 'worker 1' }]);
      expect(await waiting.outcomes).toEqual([{ ok: false, error: 'worker 2' }]);
      // The worker went past the task taken from it and goes on with the next.
      const later = pool.submit(some);
      expect(await later.outcomes).toEqual([{ ok: false, error: 'worker 4' }]);
      expect(await pool.takeBack(later)).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('gives the same outcomes whichever thread parses which task', async () => {
    const pool = new ParsePool(parseWorkerScript()!, 1);
    try {
      // A worker running, so that tasks taken back are ones it was sent and must skip.
      await pool.prepare(files.slice(0, 1));
      const chunks = [0, 1, 2, 3, 4, 5].map((index) => files.slice(index * 4, index * 4 + 4));
      const tasks = chunks.map((chunk) => pool.submit(chunk));
      const takenBack: boolean[] = [];
      for (const task of tasks.slice(3).reverse()) takenBack.push(await pool.takeBack(task));
      expect(takenBack[0]).toBe(true); // the last one, the worker being busy with the first
      const outcomes = await Promise.all(tasks.map((task) => task.outcomes));
      expect(outcomes).toEqual(await Promise.all(chunks.map((chunk) => prepareFiles(chunk))));
    } finally {
      await pool.close();
    }
  });

  it('leaves a starting worker its share instead of giving all to the first one ready', async () => {
    // Two workers answering with their thread id after 100 ms of work; the second to start is
    // ready 300 ms later.
    const first = join(folder.path, 'first-started');
    const uneven = workerScript(
      'uneven.cjs',
      `const { parentPort, threadId } = require('node:worker_threads');
       const fs = require('node:fs');
       let late = false;
       try { fs.writeFileSync(${JSON.stringify(first)}, '', { flag: 'wx' }); } catch { late = true; }
       if (late) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       parentPort.on('message', (request) => {
         if (Atomics.compareExchange(new Int32Array(request.claim), 0, 0, 1) !== 0) return;
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
         parentPort.postMessage({ id: request.id, outcomes: [{ ok: false, error: String(threadId) }] });
       });
       parentPort.postMessage('ready');`,
    );
    const pool = new ParsePool(uneven, 2);
    try {
      const tasks = Array.from({ length: 10 }, () => pool.submit(files.slice(0, 1)));
      const answers = await Promise.all(tasks.map((task) => task.outcomes));
      const perWorker = new Map<string, number>();
      for (const [outcome] of answers)
        if (outcome && !outcome.ok)
          perWorker.set(outcome.error, (perWorker.get(outcome.error) ?? 0) + 1);
      // Given all at once, the first would have done the ten alone.
      expect(perWorker.size).toBe(2);
      expect(Math.min(...perWorker.values())).toBeGreaterThanOrEqual(2);
    } finally {
      await pool.close();
    }
  });

  it('lets its workers go once idle, also when the last task was taken back', async () => {
    const pool = new ParsePool(parseWorkerScript()!, 1, { idleMs: 50 });
    try {
      await pool.prepare(files.slice(0, 1)); // a worker, ready
      expect(pool.workerCount).toBe(1);
      // Sent to the worker, and taken back before it starts it. The worker is another thread:
      // now and then it claims the task first (then it answers it, and the case is tried again).
      let takenBack = false;
      for (let attempt = 0; attempt < 20 && !takenBack; attempt += 1) {
        const last = pool.submit(files.slice(0, 2));
        takenBack = await pool.takeBack(last);
        if (!takenBack) await last.outcomes;
      }
      expect(takenBack).toBe(true);
      await expect.poll(() => pool.workerCount, { timeout: 5_000 }).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('parses a task once when it is taken back while the pool closes', async () => {
    const pool = new ParsePool(parseWorkerScript()!, 1);
    const some = files.slice(0, 2);
    await pool.prepare(some);
    const tasks = [0, 1, 2].map(() => pool.submit(some));
    const closed = pool.close();
    // The pool answers them itself; the caller cannot take them too.
    for (const task of tasks) expect(await pool.takeBack(task)).toBe(false);
    await closed;
    for (const task of tasks) expect(await task.outcomes).toEqual(await prepareFiles(some));
  });

  it('keeps the process alive for a task queued while its worker starts', () => {
    // A script that only awaits the pool: nothing else keeps its event loop running.
    const script = join(folder.path, 'await-pool.ts');
    writeFileSync(
      script,
      `import { ParsePool, parseWorkerScript } from ${JSON.stringify(join(__dirname, 'parse-pool'))};
       const pool = new ParsePool(parseWorkerScript()!, 1);
       pool
         .prepare([{ name: 'a.txt', bytes: Buffer.from('Заглавие\\n\\nТекст.') }])
         .then((outcomes) => { console.log(outcomes[0]!.ok ? 'parsed' : 'failed'); return pool.close(); });`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: join(__dirname, '..', '..', '..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('parsed');
  });

  it('parses in-process when no worker can start at all', async () => {
    const cannot = workerScript('cannot.cjs', `throw new Error('no parser here');`);
    const pool = new ParsePool(cannot, 2);
    try {
      const some = files.slice(0, 3);
      expect(await pool.prepare(some)).toEqual(await prepareFiles(some));
    } finally {
      await pool.close();
    }
  });
});

describe('importing a batch on the parse workers', () => {
  it('stores exactly what importing one file at a time in-process stores', async () => {
    expect(files.length).toBeGreaterThanOrEqual(8); // enough to go to the workers
    const batched = memoryContext();
    const single = memoryContext();
    const batchedReport = emptyReport();
    const singleReport = emptyReport();
    await ingestFiles(batched, files, batchedReport);
    for (const file of files) await ingestFiles(single, [file], singleReport);
    expect(batchedReport).toEqual(singleReport);
    const rows = (ctx: typeof batched) =>
      ctx.db
        .prepare(
          `SELECT id, headline, body_json, body_text, content_hash, hex(minhash) AS minhash,
             similar_group, wire_id, wire_version, language, charset FROM stories ORDER BY id`,
        )
        .all();
    expect(rows(batched)).toEqual(rows(single));
    expect(rows(batched).length).toBeGreaterThan(40);
  });

  it('writes imports called together in the order they were called', async () => {
    const ctx = memoryContext();
    const ninjs = (version: number) => ({
      name: `v${version}.json`,
      bytes: Buffer.from(
        JSON.stringify({
          uri: 'urn:test:order:1',
          version: String(version),
          type: 'text',
          headline: `Версия ${version}`,
          body_text: `Текст на версия ${version}.`,
        }),
      ),
    });
    const padding = (tag: string) =>
      Array.from({ length: 9 }, (_, index) => ({
        name: `${tag}-${index}.txt`,
        bytes: Buffer.from(`Новина ${tag} ${index}\n\nТекст ${tag} номер ${index}.`),
      }));
    const first = emptyReport();
    const second = emptyReport();
    // The second batch is small and would be parsed first; it must still be written second.
    await Promise.all([
      ingestFiles(ctx, [...padding('a'), ninjs(1)], first),
      ingestFiles(ctx, [ninjs(2)], second),
    ]);
    expect(first.imported.map((entry) => entry.file)).toContain('v1.json');
    expect(second.updated).toMatchObject([{ file: 'v2.json', version: 2 }]);
    const stored = ctx.db
      .prepare(`SELECT headline FROM stories WHERE wire_id = 'urn:test:order:1'`)
      .pluck()
      .get();
    expect(stored).toBe('Версия 2');
  });
});

describe('how many parse workers', () => {
  it('takes EDITION_PARSE_WORKERS up to one per core; without it, one per core but one', () => {
    expect(parseWorkerCount('1000', 2)).toBe(2);
    expect(parseWorkerCount('1', 8)).toBe(1);
    expect(parseWorkerCount('0', 8)).toBe(0);
    expect(parseWorkerCount(undefined, 2)).toBe(1);
    expect(parseWorkerCount('many', 2)).toBe(1);
  });
});
