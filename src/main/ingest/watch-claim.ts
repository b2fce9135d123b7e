import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { notedLivePid } from '../store/pid-note';
import { ImportError } from '../wire/types';

/** The note a watcher leaves in its folder (hidden: the watcher never takes it as copy). */
export const WATCH_NOTE = '.edition-watching';

/**
 * Claims the folder for this process's watcher. Two watchers on one folder (a cron job's
 * `edition watch` and the app's, a restart overlapping the old one) race for each file: one
 * imports it while the other's move finds it gone, and some files were reported as duplicates
 * of themselves. The note is created exclusively, so of two starting at once one wins. A note
 * left by a process of this machine that has ended (or by one from before it last started) is
 * taken over; one from another machine (a shared drop folder) cannot be judged from here and is
 * refused by name, saying which note to delete if that watcher no longer runs. Returns the
 * release, which removes the note only while it is still this process's.
 */
export function claimWatch(folder: string, pid = process.pid): () => void {
  const note = join(folder, WATCH_NOTE);
  const host = hostname();
  const content = JSON.stringify({ pid, host, since: new Date().toISOString() });
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(note, content, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = noteHost(note);
    if (holder !== null && holder !== host)
      throw new ImportError(
        `${folder} is already watched by Edition on ${holder}: two would race for each file; if it no longer watches it, delete ${note}`,
        { key: 'folderWatchedElsewhere', values: { folder, host: holder, note } },
      );
    const other = notedLivePid(note);
    if (other === pid) {
      writeFileSync(note, content); // this process watching it again (a restart)
      break;
    }
    if (other !== null || attempt > 0)
      throw new ImportError(
        `${folder} is already watched by another Edition (process ${other ?? '?'}): two would race for each file`,
        { key: 'folderWatched', values: { folder, pid: String(other ?? '?') } },
      );
    // Stale: removed, and created exclusively again (a watcher starting at this very moment
    // may win that; then this one is refused above, on the second look).
    rmSync(note, { force: true });
  }
  return () => {
    if (notedLivePid(note) === pid && noteHost(note) === host) rmSync(note, { force: true });
  };
}

/** The machine a watching note was written on (null: an older note, or unreadable). */
function noteHost(note: string): string | null {
  try {
    const { host } = JSON.parse(readFileSync(note, 'utf8')) as { host?: unknown };
    return typeof host === 'string' && host !== '' ? host : null;
  } catch {
    return null;
  }
}
