import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notedLivePid } from '../store/pid-note';
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
    const other = notedLivePid(note);
    if (other !== null && other !== pid)
      throw new ImportError(
        `${folder} is already watched by another Edition (process ${other}): two would race for each file`,
        { key: 'folderWatched', values: { folder, pid: String(other) } },
      );
    writeFileSync(note, content); // this process's own (a restart), or one that has ended
  }
  return () => {
    if (notedLivePid(note) === pid) rmSync(note, { force: true });
  };
}
