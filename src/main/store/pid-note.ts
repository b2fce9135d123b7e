import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * The pid a note file names (`{"pid": N, …}`, the serving note beside a store, the watching
 * note in a drop folder) if that process is alive; null when there is no note, it cannot be
 * read, or its process has ended (a note left by one that was killed, or written before the
 * machine last started: after a reboot its pid may be another program's).
 */
export function notedLivePid(note: string): number | null {
  let pid: unknown;
  let since: unknown;
  try {
    ({ pid, since } = JSON.parse(readFileSync(note, 'utf8')) as { pid?: unknown; since?: unknown });
  } catch {
    return null;
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  // Written before the machine last started: its process is gone, whatever holds that pid now.
  const bootedAt = Date.now() - uptime() * 1000;
  if (typeof since === 'string' && Date.parse(since) < bootedAt) return null;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
