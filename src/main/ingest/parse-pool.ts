import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORKER_READY, type ParseReply, type ParseRequest } from './parse-worker-protocol';
import { prepareFiles, type IncomingFile, type PrepareOutcome } from './prepare';

/** Workers are let go after this long without work: an idle app should not hold their memory. */
const IDLE_MS = 30_000;
const MAX_WORKERS = 4;

interface Task {
  request: ParseRequest;
  resolve: (outcomes: PrepareOutcome[]) => void;
}

/**
 * Parsing on worker threads, so that a large import uses every core and the main thread (the
 * desktop app's, or `edition serve`'s event loop) stays free to write and to answer. Tasks
 * are answered in any order; callers await them in the order they need. A worker that dies
 * has its task redone in-process, so a file that kills a parser is reported like any other
 * bad file; a worker that cannot even start (a packaged layout without the script) turns the
 * pool off for the rest of the run.
 */
export class ParsePool {
  /** Tasks sent to each worker and not yet answered. */
  private readonly sent = new Map<Worker, Map<number, Task>>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private unusable = false;
  /** Workers that said they are ready (their modules loaded): only these are sent tasks. */
  private readonly ready = new Set<Worker>();

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  prepare(files: IncomingFile[]): Promise<PrepareOutcome[]> {
    if (this.unusable) return prepareFiles(files);
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, files }, resolve });
      this.dispatch();
    });
  }

  /**
   * While the workers are starting, parses the oldest task none has taken, here in the
   * calling thread: the writer, which would otherwise wait out the start-up (a quarter of a
   * second from source), gets the import under way. Once the workers run, the writer is the
   * slower side and helping would only delay its writing. False when there is nothing to do.
   */
  async helpWithOne(): Promise<boolean> {
    // A turn of the event loop first: parsing only awaits promises, and without it a worker's
    // "ready" would wait behind every chunk there is.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.ready.size > 0) return false;
    const task = this.queue.shift();
    if (!task) return false;
    task.resolve(await prepareFiles(task.request.files));
    return true;
  }

  /** Stops every worker now (tests, and a store being closed). */
  async close(): Promise<void> {
    this.clearIdleTimer();
    const workers = [...this.sent.keys()];
    // Tasks still out or queued are finished here: a caller awaiting them gets its outcomes.
    const unanswered = [...this.sent.values()].flatMap((tasks) => [...tasks.values()]);
    unanswered.push(...this.queue.splice(0));
    this.sent.clear();
    this.ready.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const task of unanswered) task.resolve(await prepareFiles(task.request.files));
  }

  /**
   * Sends every queued task to the least busy ready worker at once, so that a worker never
   * waits for the main thread (busy writing) to hand it the next. Until a worker is ready the
   * tasks stay queued for helpWithOne, and the workers are started.
   */
  private dispatch(): void {
    this.clearIdleTimer();
    while (this.sent.size < this.size) this.spawn();
    while (this.queue.length > 0) {
      const worker = this.leastBusy();
      if (!worker) break;
      const task = this.queue.shift()!;
      this.sent.get(worker)!.set(task.request.id, task);
      worker.ref(); // a task in flight keeps the process alive until it is answered
      worker.postMessage(task.request);
    }
    const busy = [...this.sent.values()].some((tasks) => tasks.size > 0);
    if (!busy && this.sent.size > 0) {
      this.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
      this.idleTimer.unref();
    }
  }

  private leastBusy(): Worker | null {
    let best: Worker | null = null;
    for (const worker of this.ready)
      if (!best || this.sent.get(worker)!.size < this.sent.get(best)!.size) best = worker;
    return best;
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    this.sent.set(worker, new Map());
    worker.on('message', (message: ParseReply | typeof WORKER_READY) => {
      if (message === WORKER_READY) {
        this.ready.add(worker);
        this.dispatch();
      } else {
        this.answer(worker, message);
      }
    });
    worker.on('error', () => this.lose(worker));
    worker.on('exit', () => this.lose(worker));
    // Until it has work, an idle pool never keeps the process alive. After the listeners:
    // adding a 'message' listener refs the worker again.
    worker.unref();
  }

  private answer(worker: Worker, reply: ParseReply): void {
    const tasks = this.sent.get(worker);
    const task = tasks?.get(reply.id);
    if (!tasks || !task) return;
    tasks.delete(reply.id);
    if (tasks.size === 0) worker.unref();
    task.resolve(reply.outcomes);
    this.dispatch();
  }

  /**
   * A worker errored or exited: its tasks are done in-process, and the pool goes on without
   * it. One that never answered means workers cannot run here: the pool turns itself off.
   */
  private lose(worker: Worker): void {
    const tasks = this.sent.get(worker);
    if (!tasks) return;
    this.sent.delete(worker);
    if (!this.ready.delete(worker)) this.unusable = true;
    const orphaned = [...tasks.values()];
    if (this.unusable) orphaned.push(...this.queue.splice(0));
    for (const task of orphaned) void prepareFiles(task.request.files).then(task.resolve);
    if (!this.unusable) this.dispatch();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** The worker script: beside the bundle in a build, or the source bootstrap in a checkout. */
export function parseWorkerScript(): string | null {
  const built = [join(__dirname, 'parse-worker.js'), join(__dirname, '..', 'parse-worker.js')];
  const found = built.find((candidate) => existsSync(candidate));
  if (found) return found;
  const source = join(__dirname, 'parse-worker-source.cjs');
  return existsSync(source) ? source : null;
}

/**
 * How many parse workers: EDITION_PARSE_WORKERS when set (0 turns them off), else one per
 * core but one, up to MAX_WORKERS: the main thread writes, and on two cores a second worker
 * only competes with it (measured: 10% slower).
 */
function parseWorkerCount(): number {
  const configured = process.env.EDITION_PARSE_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured)) return Number(configured);
  return Math.min(MAX_WORKERS, Math.max(1, availableParallelism() - 1));
}

let shared: ParsePool | null | undefined;

/** The process's pool, created on first use; null when workers are off or unavailable. */
export function sharedParsePool(): ParsePool | null {
  if (shared !== undefined) return shared;
  const size = parseWorkerCount();
  const script = size > 0 ? parseWorkerScript() : null;
  shared = script ? new ParsePool(script, size) : null;
  return shared;
}
