import type { ImportProgress } from './importJob';

/** How often, at most, a long import has the inbox show what has landed so far. */
export const REFRESH_DURING_IMPORT_MS = 3000;

/**
 * Calls `refresh` as an import's answered files grow, at most once per `intervalMs`: on a long
 * import the inbox fills as it goes, instead of saying "No stories yet" under the progress bar
 * until the very end. The first answer refreshes at once.
 */
export function refreshWhileImporting(
  refresh: () => void,
  intervalMs = REFRESH_DURING_IMPORT_MS,
  now: () => number = Date.now,
): (progress: ImportProgress) => void {
  let done = 0;
  let last = -Infinity;
  return (progress) => {
    if (progress.done <= done) return;
    done = progress.done;
    if (now() - last < intervalMs) return;
    last = now();
    refresh();
  };
}
