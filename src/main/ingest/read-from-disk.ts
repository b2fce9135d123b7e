import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FailureReason } from '../../shared/model';
import { sizeRefusal } from '../wire/decode';

/** A file read from disk for import, or why it could not be (said as the import report says it). */
export type DiskRead =
  { ok: true; bytes: Buffer } | { ok: false; error: string; reason?: FailureReason; gone: boolean };

/**
 * Reads a wire file for import, refusing one too large before reading it (a 200 MB file is
 * never held in memory). The size is the open file's, so a file replaced between the check and
 * the read cannot slip past it. Used by every way in from disk: the CLI, the watched folder and
 * the files the OS opens with Edition.
 */
export async function readWireFile(
  path: string | Buffer,
  /** How the file is opened: fs's own, or a stand-in that fails as the disk can (tests). */
  openFile: typeof open = open,
): Promise<DiskRead> {
  let handle;
  try {
    handle = await openFile(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const info = await handle.stat();
    return (
      refusedAsSpecial(info) ??
      refusedBySize(info.size) ?? { ok: true, bytes: await handle.readFile() }
    );
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close();
  }
}

/** As readWireFile, for the CLI's batches (a batch of wire files reads in a few milliseconds). */
export function readWireFileSync(path: string | Buffer): DiskRead {
  let descriptor: number;
  try {
    descriptor = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const info = fstatSync(descriptor);
    return (
      refusedAsSpecial(info) ??
      refusedBySize(info.size) ?? { ok: true, bytes: readFileSync(descriptor) }
    );
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Read-only, and without waiting: opening a named pipe for reading otherwise blocks until
 * something writes to it (an import that never ends). Regular files ignore the flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A pipe, socket or device in a folder of wire copy is no story, and reading it may not end. */
function refusedAsSpecial(info: Stats): DiskRead | null {
  if (info.isFile()) return null;
  if (info.isDirectory())
    return { ok: false, error: 'is a folder', reason: { key: 'isFolder' }, gone: false };
  return { ok: false, error: 'not a regular file', reason: { key: 'notAFile' }, gone: false };
}

function refusedBySize(size: number): DiskRead | null {
  const tooLarge = sizeRefusal(size);
  return tooLarge && { ok: false, error: tooLarge.message, reason: tooLarge.reason, gone: false };
}

function failure(error: unknown): DiskRead {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, ...fsFailure(error), gone: code === 'ENOENT' || code === 'ENOTDIR' };
}

/** A file-system error as the import report says it: plainly, without the errno jargon. */
export function fsFailure(error: unknown): { error: string; reason?: FailureReason } {
  const code = (error as NodeJS.ErrnoException).code;
  // ENOTDIR: a file named as if it were a folder ("story.txt/inner.txt"): no such file either.
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { error: 'no such file or folder', reason: { key: 'fileMissing' } };
  if (code === 'EACCES' || code === 'EPERM')
    return { error: 'permission denied', reason: { key: 'permission' } };
  if (code === 'EISDIR') return { error: 'is a folder', reason: { key: 'isFolder' } };
  // A link to itself, or links pointing at each other: common in a tree of hand-made links.
  if (code === 'ELOOP')
    return {
      error: 'a link that leads round in a loop and never reaches a file',
      reason: { key: 'linkLoop' },
    };
  if (code === 'ENAMETOOLONG')
    return { error: 'the name is too long', reason: { key: 'nameTooLong' } };
  return { error: plainWords(error as Error) };
}

/**
 * Node's own words for an error it has no name for here, without the code before them and the
 * call and path after them ("EIO: i/o error, read '/mnt/a.xml'" → "i/o error"): every report
 * names the file already.
 */
function plainWords(error: Error): string {
  const match = /^[A-Z][A-Z0-9]+: (.+?)(?:, [a-z]+(?: '.*')?)?$/s.exec(error.message);
  return match?.[1] ?? error.message;
}
