import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
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
export async function readWireFile(path: string): Promise<DiskRead> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    return (
      refusedBySize((await handle.stat()).size) ?? { ok: true, bytes: await handle.readFile() }
    );
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close();
  }
}

/** As readWireFile, for the CLI's batches (a batch of wire files reads in a few milliseconds). */
export function readWireFileSync(path: string): DiskRead {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    return failure(error);
  }
  try {
    return (
      refusedBySize(fstatSync(descriptor).size) ?? { ok: true, bytes: readFileSync(descriptor) }
    );
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(descriptor);
  }
}

function refusedBySize(size: number): DiskRead | null {
  const tooLarge = sizeRefusal(size);
  return tooLarge && { ok: false, error: tooLarge.message, reason: tooLarge.reason, gone: false };
}

function failure(error: unknown): DiskRead {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, ...fsFailure(error), gone: code === 'ENOENT' };
}

/** A file-system error as the import report says it: plainly, without the errno jargon. */
export function fsFailure(error: unknown): { error: string; reason?: FailureReason } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { error: 'no such file or folder', reason: { key: 'fileMissing' } };
  if (code === 'EACCES' || code === 'EPERM')
    return { error: 'permission denied', reason: { key: 'permission' } };
  if (code === 'EISDIR') return { error: 'is a folder', reason: { key: 'isFolder' } };
  return { error: (error as Error).message };
}
