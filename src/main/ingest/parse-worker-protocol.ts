import type { IncomingFile, PrepareOutcome } from './prepare';

/** The messages between the parse pool (parse-pool.ts) and its workers (parse-worker.ts). */
export interface ParseRequest {
  id: number;
  files: IncomingFile[];
  /**
   * Who parses the task, decided once (see claimTask): the worker when it comes to the task,
   * or the pool's own thread, which takes back tasks no worker has started while it waits.
   */
  claim: SharedArrayBuffer;
}

export interface ParseReply {
  id: number;
  outcomes: PrepareOutcome[];
}

/** Sent by a worker once its modules are loaded: it is sent tasks only from then on. */
export const WORKER_READY = 'ready';

const UNCLAIMED = 0;
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_IN_PROCESS = 2;

export function unclaimedTask(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** Whether neither side has taken the task yet. */
export function isUnclaimed(claim: SharedArrayBuffer): boolean {
  return Atomics.load(new Int32Array(claim), 0) === UNCLAIMED;
}

/** Takes the task for `by`; false when the other side already has it. Atomic across threads. */
export function claimTask(claim: SharedArrayBuffer, by: number): boolean {
  return Atomics.compareExchange(new Int32Array(claim), 0, UNCLAIMED, by) === UNCLAIMED;
}
