import { stateOf } from './drop-folder-files';

/**
 * Waits until a file has kept its size and modification time for `stableMs`: its writer is
 * done. The watcher's own wait (chokidar's awaitWriteFinish) only covers files that arrive
 * after its first look at the folder; a file an FTP upload is still writing when the watch
 * starts needs this one, or its first half is imported as a story and the rest as another.
 * Answers false when `stopped()` says the watch has ended meanwhile; true when the file has
 * settled or is gone (taking it then finds it gone and leaves it be).
 */
export async function settled(
  path: string | Buffer,
  stableMs: number,
  pollMs: number,
  stopped: () => boolean,
): Promise<boolean> {
  let last = '';
  let since = Date.now();
  for (;;) {
    if (stopped()) return false;
    const now = await stateOf(path);
    if (now === null) return true;
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= stableMs) return true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
