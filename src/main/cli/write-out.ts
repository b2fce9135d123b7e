import { constants, type Stats } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsFailure } from '../ingest/read-from-disk';

/**
 * Writes what a command produced to the file named by --out. A refusal names the file and says
 * why in plain words: a script's log read the morning after shows "the folder … does not
 * exist", not "ENOENT: no such file or directory, open …".
 */
export async function writeOutFile(command: string, file: string, content: string): Promise<void> {
  try {
    await writeFile(file, content, 'utf8');
  } catch (error) {
    throw new Error(`${command}: cannot write ${file}: ${whyNotWritten(error, file)}`, {
      cause: error,
    });
  }
}

/**
 * Refuses, in the words writeOutFile would use, a --out that cannot be written, before the work
 * that produces the content: an export with an override records the override, and a record of
 * an export that then wrote nothing would say the findings were overridden for nothing (a disk
 * that fills up between the two can still do that; this catches the wrong path).
 */
export async function assertWritable(command: string, file: string, store: string): Promise<void> {
  const existing = await stat(file).catch(() => null);
  // The store itself, by any name (a script's --out "$EDITION_DB", a link to it), or one of the
  // files SQLite keeps beside it: written over, every story and edition would be gone.
  if (existing && (await isStoreFile(existing, store)))
    throw new Error(
      `${command}: cannot write ${file}: it is the store Edition is working in (${store}); name another file`,
    );
  try {
    // A file there is overwritten (its own permission counts); a new one is made in the folder.
    if (existing?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    await access(existing ? file : dirname(file), constants.W_OK);
  } catch (error) {
    throw new Error(`${command}: cannot write ${file}: ${whyNotWritten(error, file)}`, {
      cause: error,
    });
  }
}

/** Whether `target` is the same file as the store or its log, shared memory or journal. */
async function isStoreFile(target: Stats, store: string): Promise<boolean> {
  for (const path of [store, `${store}-wal`, `${store}-shm`, `${store}-journal`]) {
    const file = await stat(path).catch(() => null);
    if (file && file.dev === target.dev && file.ino === target.ino) return true;
  }
  return false;
}

function whyNotWritten(error: unknown, file: string): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `the folder ${dirname(file)} does not exist`;
    case 'ENOTDIR':
      return `a part of ${dirname(file)} is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder; name a file in it';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the file or its folder is read-only for you)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    default:
      return fsFailure(error).error; // Node's words, without the code and the call
  }
}
