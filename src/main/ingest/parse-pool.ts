import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  CLAIMED_IN_PROCESS,
  claimTask,
  isUnclaimed,
  unclaimedTask,
  WORKER_READY,
  type ParseReply,
  type ParseRequest,
} from './parse-worker-protocol';
import { prepareFiles, type IncomingFile, type PrepareOutcome } from './prepare';

/** Workers are let go after this long without work: an idle app should not hold their memory. */
const IDLE_MS = 30_000;
const MAX_WORKERS = 4;
/** The heap a parse worker may take: far above a 50 MB file's needs, far below the machine's. */
const WORKER_HEAP_MB = 2048;

/** Workers lost in a row without one answer: then workers cannot work here, and the pool stops. */
const MAX_LOSSES = 3;

/** Files sent to be parsed, and their outcomes once parsed, by a worker or by takeBack. */
export interface ParseTask {
  outcomes: Promise<PrepareOutcome[]>;
}

interface Task extends ParseTask {
  request: ParseRequest;
  resolve: (outcomes: PrepareOutcome[]) => void;
  /** The worker it was sent to, while that worker is to answer it. */
  worker: Worker | null;
  /** Already put back in the queue once, when a worker it was sent to died. */
  requeued: boolean;
  /** One file of a task whose worker ran out of memory: if this one's does too, it is the file. */
  alone?: boolean;
}

/**
 * Parsing on worker threads, so that a large import uses every core and the main thread (the
 * desktop app's, or `edition serve`'s event loop) stays free to write and to answer. Tasks
 * are answered in any order; callers await them in the order they need, and while they wait
 * they may parse tasks no worker has started yet themselves (takeBack): then no core idles,
 * whichever side (parsing or writing) is the slower. A worker that dies has the task it had
 * started redone in-process, so a file that kills a parser is reported like any other bad file,
 * and its other tasks go to the next worker — except a worker that ran out of its bounded heap:
 * that task is redone on workers a file at a time, and the file that exhausts one alone fails
 * by name (here it would take the whole process). A worker that cannot even start (a packaged
 * layout without the script), or MAX_LOSSES lost in a row, turn the pool off for the rest of
 * the run.
 */
export class ParsePool {
  /** Tasks sent to each worker and not yet answered. */
  private readonly sent = new Map<Worker, Map<number, Task>>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private unusable = false;
  /** Workers lost since the last answer. */
  private losses = 0;
  /** Workers that said they are ready (their modules loaded): only these are sent tasks. */
  private readonly ready = new Set<Worker>();

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly options: { idleMs?: number; heapMb?: number } = {},
  ) {}

  /** Workers started and not yet let go. */
  get workerCount(): number {
    return this.sent.size;
  }

  prepare(files: IncomingFile[]): Promise<PrepareOutcome[]> {
    return this.submit(files).outcomes;
  }

  /** Queues the files as one task for the workers; see takeBack. */
  submit(files: IncomingFile[]): ParseTask {
    let resolve!: (outcomes: PrepareOutcome[]) => void;
    const outcomes = new Promise<PrepareOutcome[]>((settle) => (resolve = settle));
    const request = { id: this.nextId++, files, claim: unclaimedTask() };
    const task: Task = { request, outcomes, resolve, worker: null, requeued: false };
    if (this.unusable) {
      void this.parseHere(task);
    } else {
      this.queue.push(task);
      this.dispatch();
    }
    return task;
  }

  /**
   * Parses the task here, in the calling thread, unless a worker has already started it
   * (then false, and the worker answers). The worker skips a task taken back when it comes to
   * it. Tasks are sent to the workers as soon as they are queued, so a worker never waits for
   * a busy main thread to be handed work; a caller that would otherwise wait takes back the
   * last tasks of what it waits for (the workers take them first to last).
   */
  async takeBack(parseTask: ParseTask): Promise<boolean> {
    const task = parseTask as Task;
    if (!claimTask(task.request.claim, CLAIMED_IN_PROCESS)) return false;
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    if (task.worker) this.forget(task.worker, task.request.id);
    // It may have been the last task out: the workers are let go when idle, as after an answer.
    this.dispatch();
    task.resolve(await prepareFiles(task.request.files));
    return true;
  }

  /**
   * A task no worker will answer (the pool closing, its worker lost, or no worker at all) is
   * this thread's: claimed, so that a takeBack from now on does not parse it again (a worker
   * that had claimed it is gone, so it is redone either way).
   */
  private keepHere(task: Task): Task {
    claimTask(task.request.claim, CLAIMED_IN_PROCESS);
    task.worker = null;
    return task;
  }

  private async parseHere(task: Task): Promise<void> {
    this.keepHere(task);
    task.resolve(await prepareFiles(task.request.files));
  }

  /** Stops every worker now (tests, and a store being closed). */
  async close(): Promise<void> {
    this.clearIdleTimer();
    const workers = [...this.sent.keys()];
    // Tasks still out or queued are finished here: a caller awaiting them gets its outcomes.
    const unanswered = [...this.sent.values()].flatMap((tasks) => [...tasks.values()]);
    unanswered.push(...this.queue.splice(0));
    unanswered.forEach((task) => this.keepHere(task)); // before the wait below
    this.sent.clear();
    this.ready.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const task of unanswered) await this.parseHere(task);
  }

  /**
   * Sends every queued task to the least busy ready worker at once, so that a worker never
   * waits for the main thread (busy writing) to hand it the next. Until a worker is ready the
   * tasks stay queued (the caller may take them back), and the workers are started. While
   * some are still starting, a ready one is given its share only, not the whole queue, so that
   * the others find work when they are ready.
   */
  private dispatch(): void {
    this.clearIdleTimer();
    // Workers are started for work, not to make up the number after one is lost.
    if (this.queue.length > 0) while (this.sent.size < this.size) this.spawn();
    const starting = this.ready.size < this.sent.size;
    const outstanding = [...this.sent.values()].reduce((sum, tasks) => sum + tasks.size, 0);
    const share = Math.ceil((this.queue.length + outstanding) / this.sent.size);
    while (this.queue.length > 0) {
      const worker = this.leastBusy();
      if (!worker || (starting && this.sent.get(worker)!.size >= share)) break;
      const task = this.queue.shift()!;
      task.worker = worker;
      this.sent.get(worker)!.set(task.request.id, task);
      worker.ref(); // a task in flight keeps the process alive until it is answered
      worker.postMessage(task.request);
    }
    // A task waiting for a starting worker keeps the process alive, as a task sent does.
    for (const [worker, tasks] of this.sent) {
      if (tasks.size > 0) continue;
      if (this.queue.length > 0 && !this.ready.has(worker)) worker.ref();
      else worker.unref();
    }
    // Tasks still queued (no worker ready yet) count as work, as do tasks out.
    const busy = this.queue.length > 0 || [...this.sent.values()].some((tasks) => tasks.size > 0);
    if (!busy && this.sent.size > 0) {
      this.idleTimer = setTimeout(() => void this.close(), this.options.idleMs ?? IDLE_MS);
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
    // A parser's heap is bounded: a file that would take more kills its worker, not the process.
    const worker = new Worker(this.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? WORKER_HEAP_MB },
    });
    this.sent.set(worker, new Map());
    worker.on('message', (message: ParseReply | typeof WORKER_READY) => {
      if (message === WORKER_READY) {
        // Its error can overtake its "ready": a worker already lost stays lost.
        if (!this.sent.has(worker)) return;
        this.ready.add(worker);
        this.dispatch();
      } else {
        this.answer(worker, message);
      }
    });
    worker.on('error', (error) =>
      this.lose(worker, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    worker.on('exit', () => this.lose(worker));
    // Until it has work, an idle pool never keeps the process alive. After the listeners:
    // adding a 'message' listener refs the worker again.
    worker.unref();
  }

  private answer(worker: Worker, reply: ParseReply): void {
    const task = this.sent.get(worker)?.get(reply.id);
    if (!task) return;
    this.losses = 0;
    this.forget(worker, reply.id);
    task.worker = null;
    task.resolve(reply.outcomes);
    this.dispatch();
  }

  /** The task is no longer the worker's to answer. */
  private forget(worker: Worker, id: number): void {
    const tasks = this.sent.get(worker);
    if (!tasks?.delete(id)) return;
    if (tasks.size === 0) worker.unref();
  }

  /**
   * A worker errored or exited: the task it had started (perhaps the file that killed it) is
   * done in-process, so that it is reported like any other file; the tasks it had not started
   * go back to the queue for the next worker (once: after a second loss, in-process too), and
   * the pool goes on without it. A worker that never said it was ready, or MAX_LOSSES in a
   * row without an answer, mean workers cannot run here: the pool turns itself off.
   */
  private lose(worker: Worker, outOfMemory = false): void {
    const tasks = this.sent.get(worker);
    if (!tasks) return;
    this.sent.delete(worker);
    // Out of memory is the file's doing, not a sign that workers cannot run here.
    if (!outOfMemory) this.losses += 1;
    if (!this.ready.delete(worker) || this.losses >= MAX_LOSSES) this.unusable = true;
    const orphaned = [...tasks.values()];
    if (this.unusable) orphaned.push(...this.queue.splice(0));
    // Once only: a worker that dies before it starts anything must not loop the task.
    const notStarted = this.unusable
      ? []
      : orphaned.filter((task) => !task.requeued && isUnclaimed(task.request.claim));
    for (const task of orphaned) task.requeued = true;
    for (const task of orphaned) {
      if (notStarted.includes(task)) continue;
      // A file that ran a worker out of memory would do the same to this thread.
      if (outOfMemory && !this.unusable) this.redoFileByFile(task);
      else void this.parseHere(task);
    }
    for (const task of notStarted) task.worker = null;
    // In their order, ahead of what is queued: they were sent first.
    this.queue.unshift(...notStarted.sort((a, b) => a.request.id - b.request.id));
    if (!this.unusable) this.dispatch();
  }

  /**
   * The task whose worker ran out of memory, again on workers one file at a time: the others
   * are read as usual and the file that exhausts a worker alone fails by name.
   */
  private redoFileByFile(task: Task): void {
    this.keepHere(task);
    if (task.alone || task.request.files.length === 1) {
      task.resolve([
        {
          ok: false,
          error: 'the file needs more memory to read than Edition gives a parser',
          reason: { key: 'tooComplex' },
        },
      ]);
      return;
    }
    const singles = task.request.files.map((file) => {
      const single = this.submit([file]) as Task;
      single.alone = true;
      return single.outcomes;
    });
    void Promise.all(singles).then((outcomes) => task.resolve(outcomes.flat()));
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
 * How many parse workers: EDITION_PARSE_WORKERS when set (0 turns them off), at most one per
 * core (a thousand asked for on two cores took 16 GB and never finished: each worker has a heap
 * of its own, and more than the cores only compete); else one per core but one, up to
 * MAX_WORKERS: the main thread writes, and on two cores a second worker only competes with it
 * (measured: 10% slower).
 */
export function parseWorkerCount(
  configured = process.env.EDITION_PARSE_WORKERS,
  cores = availableParallelism(),
): number {
  const asked = askedWorkers(configured);
  if (asked !== null) return Math.min(asked, cores);
  return Math.min(MAX_WORKERS, Math.max(1, cores - 1));
}

/** The number EDITION_PARSE_WORKERS asks for; null when unset or not a number. */
function askedWorkers(configured = process.env.EDITION_PARSE_WORKERS): number | null {
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : null;
}

let shared: ParsePool | null | undefined;

/** The process's pool, created on first use; null when workers are off or unavailable. */
export function sharedParsePool(): ParsePool | null {
  if (shared !== undefined) return shared;
  const size = parseWorkerCount();
  const asked = askedWorkers();
  if (asked !== null && asked > size)
    process.stderr.write(
      `edition: EDITION_PARSE_WORKERS=${asked} is more than this computer's ${size} cores: ${size} parse workers\n`,
    );
  const script = size > 0 ? parseWorkerScript() : null;
  shared = script ? new ParsePool(script, size) : null;
  return shared;
}
