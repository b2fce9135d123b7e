import { readFileSync } from 'node:fs';

/**
 * The pid a note file names (`{"pid": N, …}`, the serving note beside a store, the watching
 * note in a drop folder) if that process is alive; null when there is no note, it cannot be
 * read, or its process has ended (a note left by one that was killed).
 */
export function notedLivePid(note: string): number | null {
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
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
