import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryContext, tempFolder, until } from '../test/helpers';
import { WatchedFolder, type WatchEvent } from './watch-folder';
import { afterTest, watching } from './test/watching';

describe('a watched folder, for folders dropped in', () => {
  it('reads a folder dropped in, as its files', async () => {
    const { folder, events } = await watching();
    const batch = join(folder, 'batch');
    mkdirSync(join(batch, 'inner'), { recursive: true });
    writeFileSync(join(batch, 'one.txt'), 'Първа\n\nТекст едно.');
    writeFileSync(join(batch, 'inner', 'two.txt'), 'Втора\n\nТекст две.');
    await until(() => events.length === 2);
    expect(readdirSync(join(folder, 'done')).sort()).toEqual(['one.txt', 'two.txt']);
  });

  it('removes a dropped folder once its files are taken, and keeps one that still holds something', async () => {
    const { folder, events } = await watching();
    const batch = join(folder, 'batch');
    const kept = join(folder, 'kept');
    mkdirSync(join(batch, 'inner'), { recursive: true });
    mkdirSync(kept);
    writeFileSync(join(batch, 'inner', 'one.txt'), 'Първа\n\nТекст едно.');
    writeFileSync(join(kept, 'two.txt'), 'Втора\n\nТекст две.');
    writeFileSync(join(kept, 'three.txt.part'), 'still on its way');
    await until(() => events.length === 2);
    await until(() => !existsSync(batch));
    // The watcher's own note beside done/ and failed/ (watch-claim.ts).
    expect(readdirSync(folder).sort()).toEqual(['.edition-watching', 'done', 'failed', 'kept']);
    expect(readdirSync(kept)).toEqual(['three.txt.part']);
  });

  it('keeps a folder that was there when the watch started (an agency uploads into it)', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    const agency = join(temp.path, 'bta');
    mkdirSync(agency);
    const events: WatchEvent[] = [];
    // Given as typed, with a trailing slash: tidying compares it as the watcher's paths.
    const watched = new WatchedFolder(memoryContext(), `${temp.path}/`, {
      stableMs: 100,
      onEvent: (event) => events.push(event),
    });
    afterTest(() => watched.stop());
    await watched.start();
    writeFileSync(join(agency, 'one.txt'), 'Първа\n\nТекст едно.');
    const dropped = join(temp.path, 'batch');
    mkdirSync(dropped);
    writeFileSync(join(dropped, 'two.txt'), 'Втора\n\nТекст две.');
    await until(() => events.length === 2);
    await until(() => !existsSync(dropped));
    expect(existsSync(agency)).toBe(true);
  });

  it('names a folder too deep to be read, until it is moved', async () => {
    const temp = tempFolder();
    const left: string[] = [];
    const gone: string[] = [];
    const watched = new WatchedFolder(memoryContext(), temp.path, {
      stableMs: 150,
      onUnreadable: (failure) => left.push(`${failure.file}: ${failure.reason?.key}`),
      onGone: (path) => gone.push(path),
    });
    afterTest(temp.cleanup, () => watched.stop());
    const deep = join(temp.path, 'a', 'b', 'c', 'd');
    mkdirSync(join(deep, 'e'), { recursive: true });
    writeFileSync(join(deep, 'story.txt'), 'Дълбоко\n\nТекст.');
    await watched.start();
    await until(() => left.length > 0);
    expect(left).toEqual([`${deep}: folderTooDeep`]);
    expect(watched.unreadableFiles()).toMatchObject([
      { file: deep, error: 'more than 3 folders down: its files are not read (move them up)' },
    ]);
    renameSync(deep, join(temp.path, 'a', 'd'));
    await until(() => gone.length > 0);
    expect(watched.unreadableFiles()).toEqual([]);
  });

  it('watches a folder whose own name looks like a temporary one (~incoming, wire.tmp)', async () => {
    for (const name of ['~incoming', 'wire.tmp']) {
      const temp = tempFolder();
      const folder = join(temp.path, name);
      mkdirSync(folder);
      const events: WatchEvent[] = [];
      const watched = new WatchedFolder(memoryContext(), folder, {
        stableMs: 100,
        onEvent: (event) => events.push(event),
      });
      await watched.start();
      afterTest(temp.cleanup, () => watched.stop());
      writeFileSync(join(folder, 'story.txt'), 'Заглавие\n\nТекст на новината.');
      await until(() => events.length === 1);
      expect(events[0]!.movedTo).toBe(join(folder, 'done', 'story.txt'));
    }
  });
});
