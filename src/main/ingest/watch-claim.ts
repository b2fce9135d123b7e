import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '../wire/types';

/** The note a watcher leaves in its folder (hidden: the watcher never takes it as copy). */
export const WATCH_NOTE = '.edition-watching';

/**
 * Claims the folder for this process's watcher. Two watchers on one folder (a cron job's
 * `edition watch` and the app's, a restart overlapping the old one) race for each file: one
 * imports it while the other's move finds it gone, and some files were reported as duplicates
 * of themselves. The note is created exclusively, so of two starting at once one wins; a note
 * left by a process that has ended is taken over. Returns the release, which removes the note
 * only while it is still this process's.
 */
export function claimWatch(folder: string, pid = process.pid): () => void {
  const note = join(folder, WATCH_NOTE);
  const content = JSON.stringify({ pid, since: new Date().toISOString() });
  try {
    writeFileSync(note, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const other = livePid(note);
    if (other !== null && other !== pid)
      throw new ImportError(
        `${folder} is already watched by another Edition (process ${other}): two would race for each file`,
        { key: 'folderWatched', values: { folder, pid: String(other) } },
      );
    writeFileSync(note, content); // this process's own (a restart), or one that has ended
  }
  return () => {
    if (livePid(note) === pid) rmSync(note, { force: true });
  };
}

/** The pid in the note if that process is alive, else null (no note, unreadable, or stale). */
function livePid(note: string): number | null {
  let pid: unknown;
  try {
    pid = (JSON.parse(readFileSync(note, 'utf8')) as { pid?: unknown }).pid;
  } catch {
    return null;
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still watching.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
