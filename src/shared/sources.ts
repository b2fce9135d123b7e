/** The ways stories arrive by themselves: feed subscriptions and the watched drop folder. */
import type { FailureReason, ImportFailure } from './import-report';

/** A polled RSS/Atom/ninjs feed. */
export interface FeedSubscription {
  id: number;
  url: string;
  title: string | null;
  intervalMinutes: number;
  lastCheckedAt: string | null;
  nextCheckAt: string;
  /** Consecutive failures; each doubles the wait before the next try (capped). */
  failures: number;
  lastError: string | null;
  /** Why, for saying it in the interface's language (null for failures stored before it). */
  lastErrorReason: FailureReason | null;
  lastImported: number;
}

/** The watched drop folder: files landing in it are imported, then moved to done/ or failed/. */
export interface WatchFolderState {
  folder: string | null;
  active: boolean;
  error: string | null;
  /** Why it is not watched, for saying it in the interface's language. */
  errorReason: FailureReason | null;
  /** Files moved to failed/ since the folder has been watched by this process. */
  failedFiles: number;
  /** The latest of those, newest first (a few): the file and why. */
  recentFailures: ImportFailure[];
  /**
   * Files and folders in it that it may not read (permissions), by their full path: the files
   * stay where they are and are tried again until they can be read. Empty for none.
   */
  unreadable: ImportFailure[];
}
