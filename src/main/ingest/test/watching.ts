import { afterEach } from 'vitest';
import { memoryContext, tempFolder } from '../../test/helpers';
import { WatchedFolder, type WatchEvent } from '../watch-folder';

/* A watched folder for the tests, stopped and removed after each test with what else it made. */

const cleanups: (() => Promise<void> | void)[] = [];
// Registered on the test file that imports this.
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Something to undo after the test (in the reverse order of asking). */
export function afterTest(...undo: (() => Promise<void> | void)[]): void {
  cleanups.push(...undo);
}

/** A fresh folder watched with a short stable window, its events recorded. */
export async function watching(): Promise<{
  folder: string;
  events: WatchEvent[];
  watched: WatchedFolder;
  ctx: ReturnType<typeof memoryContext>;
}> {
  const temp = tempFolder();
  const ctx = memoryContext();
  const events: WatchEvent[] = [];
  const watched = new WatchedFolder(ctx, temp.path, {
    stableMs: 150,
    onEvent: (event) => events.push(event),
  });
  await watched.start();
  afterTest(temp.cleanup, () => watched.stop());
  return { folder: temp.path, events, watched, ctx };
}
