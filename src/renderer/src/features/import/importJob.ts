import type { UploadedFile } from '@shared/api';
import type { FailureReason, ImportReport } from '@shared/model';
import { toErrorInfo } from '@renderer/app/errors/ErrorsContext';
import { DEFAULT_LIMITS, nextBatchSize, type BatchLimits } from './batching';
import type { Collected, ImportItem, PastedContent } from './importItems';

export interface ImportProgress {
  /** Files (and pasted texts) in this import so far; grows when more are dropped meanwhile. */
  total: number;
  /** How many have an answer: imported, updated, duplicate, failed, or not readable. */
  done: number;
  /** The first file of the request in flight. */
  current: string | null;
  /** Failures so far. */
  errors: number;
  /** Folders are still being read: more files may join. */
  collecting: boolean;
  /** Cancel was pressed: the request in flight finishes, nothing more is sent. */
  cancelling: boolean;
}

export interface ImportOutcome {
  report: ImportReport;
  /** Files left out because the import was cancelled (never sent, so nothing of them was written). */
  notSent: number;
  cancelled: boolean;
  /** Hidden files and system clutter left out of folders. */
  skipped: number;
  /** Cancelled while dropped folders were still being read: their files were never listed. */
  unread: boolean;
  /** Files the import found (sent or not, failed or not): none means an empty folder. */
  found: number;
}

/** Failure texts made on this side (the server's come in its own words). */
export interface ImportMessages {
  tooLarge: (file: string, bytes: number) => string;
  unreadable: (file: string, reason: string) => string;
  requestFailed: (reason: string) => string;
}

export interface ImportJobDeps {
  sendFiles: (files: UploadedFile[]) => Promise<ImportReport>;
  sendText: (content: PastedContent) => Promise<ImportReport>;
  readBase64: (file: Blob) => Promise<string>;
  messages: ImportMessages;
  onProgress?: (progress: ImportProgress) => void;
  limits?: BatchLimits;
}

export function emptyReport(): ImportReport {
  return { imported: [], updated: [], duplicates: [], failed: [] };
}

export function mergeReport(into: ImportReport, from: ImportReport): void {
  into.imported.push(...from.imported);
  into.updated.push(...from.updated);
  into.duplicates.push(...from.duplicates);
  into.failed.push(...from.failed);
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** A request that failed: main's words, and its code, by which the report says them (errorText). */
function requestFailed(error: unknown): FailureReason {
  return {
    key: 'requestFailed',
    values: { reason: reasonOf(error), code: toErrorInfo(error).code },
  };
}

/**
 * One import: a queue of items sent a small batch per request, so that progress moves and a
 * cancel takes effect between requests. The server writes each file in its own transaction, so a
 * cancel never leaves half a file behind: what was sent is in, the rest was never sent. More
 * items (another drop, a folder still being read) may join while it runs.
 */
export class ImportJob {
  private readonly deps: ImportJobDeps;
  private readonly limits: BatchLimits;
  private readonly queue: ImportItem[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly report = emptyReport();
  private next = 0;
  private done = 0;
  private skipped = 0;
  /** Entries that could not even be read while collecting: they count as items of their own. */
  private collectFailures = 0;
  private current: string | null = null;
  private cancelled = false;
  private started: Promise<ImportOutcome> | null = null;
  private wake: (() => void) | null = null;
  /** Set, synchronously, once the job takes nothing more: add to a new job instead. */
  finished = false;

  constructor(deps: ImportJobDeps) {
    this.deps = deps;
    this.limits = deps.limits ?? DEFAULT_LIMITS;
  }

  add(collected: Collected): void {
    if (this.finished) throw new Error('ImportJob: add after finish');
    this.queue.push(...collected.items);
    this.report.failed.push(...collected.failures);
    this.done += collected.failures.length;
    this.collectFailures += collected.failures.length;
    this.skipped += collected.skipped;
    this.emit();
    this.wake?.();
  }

  /** Items that are still being gathered (a folder being read); the job waits for them. */
  addLater(collecting: Promise<Collected>): void {
    if (this.finished) throw new Error('ImportJob: add after finish');
    const tracked: Promise<void> = collecting
      .then(
        (collected) => {
          if (!this.finished) this.add(collected);
        },
        (error: unknown) => {
          if (!this.finished)
            this.add({
              items: [],
              failures: [{ file: '', error: reasonOf(error) }],
              skipped: 0,
            });
        },
      )
      .finally(() => {
        this.pending.delete(tracked);
        this.emit();
        this.wake?.();
      });
    this.pending.add(tracked);
    this.emit();
  }

  cancel(): void {
    if (this.cancelled || this.finished) return;
    this.cancelled = true;
    this.emit();
    this.wake?.();
  }

  run(): Promise<ImportOutcome> {
    this.started ??= this.loop();
    return this.started;
  }

  progress(): ImportProgress {
    return {
      total: this.queue.length + this.collectFailures,
      done: this.done,
      current: this.current,
      errors: this.report.failed.length,
      collecting: this.pending.size > 0,
      cancelling: this.cancelled,
    };
  }

  private emit(): void {
    this.deps.onProgress?.(this.progress());
  }

  private async loop(): Promise<ImportOutcome> {
    for (;;) {
      if (this.cancelled) break;
      if (this.next < this.queue.length) {
        await this.sendNext();
        continue;
      }
      if (this.pending.size === 0) break;
      // Nothing queued yet, but a folder is still being read: wait for it (or a cancel).
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
    // Read before finishing: a folder read still under way is abandoned from here on.
    const unread = this.pending.size > 0;
    this.finished = true;
    this.current = null;
    const notSent = this.queue.length - this.next;
    return {
      report: this.report,
      notSent,
      cancelled: this.cancelled,
      skipped: this.skipped,
      unread,
      found: this.queue.length + this.collectFailures,
    };
  }

  private async sendNext(): Promise<void> {
    const size = nextBatchSize(this.queue, this.next, this.limits);
    const batch = this.queue.slice(this.next, this.next + size);
    this.next += size;
    this.current = batch[0]?.name ?? null;
    this.emit();
    const answer = emptyReport();
    const first = batch[0];
    if (first?.kind === 'text') {
      try {
        mergeReport(answer, await this.deps.sendText({ ...first.content, name: first.name }));
      } catch (error) {
        answer.failed.push({
          file: first.name,
          error: this.deps.messages.requestFailed(reasonOf(error)),
          reason: requestFailed(error),
        });
      }
    } else {
      const uploads: UploadedFile[] = [];
      for (const item of batch) {
        if (item.kind !== 'file') continue;
        if (item.size > this.limits.maxFileBytes) {
          answer.failed.push({
            file: item.name,
            error: this.deps.messages.tooLarge(item.name, item.size),
            // The report is shown again in whatever language the editor switches to.
            reason: {
              key: 'uploadTooLarge',
              values: {
                size: (item.size / 1024 / 1024).toFixed(1),
                limit: Math.round(this.limits.maxFileBytes / 1024 / 1024),
              },
            },
          });
          continue;
        }
        try {
          uploads.push({ name: item.name, dataBase64: await this.deps.readBase64(item.file) });
        } catch (error) {
          answer.failed.push({
            file: item.name,
            error: this.deps.messages.unreadable(item.name, reasonOf(error)),
            reason: { key: 'uploadUnreadable', values: { reason: reasonOf(error) } },
          });
        }
      }
      if (uploads.length > 0) {
        try {
          mergeReport(answer, await this.deps.sendFiles(uploads));
        } catch (error) {
          // The request as a whole failed (connection lost, server error): its files may or may
          // not have been written. Importing them again is safe: duplicates are recognised.
          const reason = this.deps.messages.requestFailed(reasonOf(error));
          const key = requestFailed(error);
          for (const upload of uploads)
            answer.failed.push({ file: upload.name, error: reason, reason: key });
        }
      }
    }
    mergeReport(this.report, answer);
    this.done += batch.length;
    this.emit();
  }
}
