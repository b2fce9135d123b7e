import { rmSync, writeFileSync } from 'node:fs';
import { notedLivePid } from './pid-note';

/**
 * A note beside the database saying which process serves it (the desktop app, `edition serve`,
 * `edition watch`).
 * `edition restore` reads it: replacing the file under a running app would leave the app
 * writing into the replaced file, and every edit after the restore would be lost.
 */
export function servingNote(dbPath: string): string {
  return `${dbPath}.serving`;
}

export function claimServing(dbPath: string, pid = process.pid): () => void {
  const note = servingNote(dbPath);
  // Another live process (the app, `serve`, `watch`) already serves it: its note stands, so
  // that this one's stopping does not take away the other's protection.
  const other = servingPid(dbPath);
  if (other !== null && other !== pid) return () => undefined;
  writeFileSync(note, JSON.stringify({ pid, since: new Date().toISOString() }));
  return () => {
    if (servingPid(dbPath) === pid) rmSync(note, { force: true });
  };
}

/** The pid of a live process serving the database, or null (no note, or a stale one). */
export function servingPid(dbPath: string): number | null {
  return notedLivePid(servingNote(dbPath));
}
