/**
 * A parse worker: prepares the files it is sent (parseWireFile, the serialised body, hashes,
 * MinHash) and sends the outcomes back. It never touches the store: the main thread writes,
 * so the database keeps one writer and the worker needs no native module.
 */
import { parentPort } from 'node:worker_threads';
import {
  CLAIMED_BY_WORKER,
  claimTask,
  WORKER_READY,
  type ParseReply,
  type ParseRequest,
} from './parse-worker-protocol';
import { prepareFiles } from './prepare';

// Requests are answered one after another, in the order they came.
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: ParseRequest) => {
  previous = previous.then(async () => {
    // Taken back by the pool's thread while it waited here: it answers the task itself.
    if (!claimTask(request.claim, CLAIMED_BY_WORKER)) return;
    const outcomes = await prepareFiles(request.files);
    parentPort!.postMessage({ id: request.id, outcomes } satisfies ParseReply);
  });
});

parentPort?.postMessage(WORKER_READY);
