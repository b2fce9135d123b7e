import type { IncomingFile, PrepareOutcome } from './prepare';

/** The messages between the parse pool (parse-pool.ts) and its workers (parse-worker.ts). */
export interface ParseRequest {
  id: number;
  files: IncomingFile[];
}

export interface ParseReply {
  id: number;
  outcomes: PrepareOutcome[];
}

/** Sent by a worker once its modules are loaded: it is sent tasks only from then on. */
export const WORKER_READY = 'ready';
