import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call, memoryContext, tempFolder, until } from '../test/helpers';
import { MAX_FILE_BYTES } from '../wire/decode';
import { WatchedFolder, type WatchEvent } from './watch-folder';
import { afterTest, watching } from './test/watching';

describe('watched drop folder', () => {
  it('imports a file that lands, then moves it to done/', async () => {
    const { folder, events, ctx } = await watching();
    writeFileSync(join(folder, 'story.txt'), 'Заглавие\n\nТекст на новината.');
    await until(() => events.length === 1);
    expect(events[0]!.movedTo).toBe(join(folder, 'done', 'story.txt'));
    expect(existsSync(join(folder, 'story.txt'))).toBe(false);
    expect(await call(ctx, 'stories.list', {})).toMatchObject([{ headline: 'Заглавие' }]);
  });

  it('moves a bad file to failed/ with the reason beside it', async () => {
    const { folder, events } = await watching();
    writeFileSync(join(folder, 'empty.xml'), '');
    await until(() => events.length === 1);
    const failed = join(folder, 'failed', 'empty.xml');
    expect(events[0]!.movedTo).toBe(failed);
    expect(readFileSync(`${failed}.error.txt`, 'utf8')).toMatch(/empty/);
  });

  it('moves a file it will not read to failed/ with the reason, without reading it', async () => {
    const { folder, events } = await watching();
    const path = join(folder, 'video.xml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1024 * 1024); // sparse: 51 MB on paper
    await until(() => events.length === 1);
    const failed = join(folder, 'failed', 'video.xml');
    expect(events[0]!.movedTo).toBe(failed);
    expect(readFileSync(`${failed}.error.txt`, 'utf8')).toBe(
      'file larger than 50 MB (51 MB): not a news story\n',
    );
  });

  it('waits for a partial write to finish before importing', async () => {
    const { folder, events, ctx } = await watching();
    const handle = await open(join(folder, 'slow.txt'), 'w');
    await handle.write('Бавна новина\n\nПърва част');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(events).toHaveLength(0);
    await handle.write(', втора част.');
    await handle.close();
    await until(() => events.length === 1);
    const [story] = await call(ctx, 'stories.list', {});
    expect((await call(ctx, 'stories.get', { id: story!.id })).bodyText).toBe(
      'Първа част, втора част.',
    );
  });

  it('waits for a file still being written when the watch starts (its first look at the folder)', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    const handle = await open(join(temp.path, 'slow.txt'), 'w');
    await handle.write('Бавна новина\n\nПърва част');
    const ctx = memoryContext();
    const events: WatchEvent[] = [];
    const watched = new WatchedFolder(ctx, temp.path, {
      stableMs: 400,
      onEvent: (event) => events.push(event),
    });
    afterTest(() => watched.stop());
    await watched.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await handle.write(', втора част.');
    await handle.close();
    await until(() => events.length === 1);
    await watched.idle();
    const stories = await call(ctx, 'stories.list', {});
    expect(stories).toHaveLength(1);
    expect((await call(ctx, 'stories.get', { id: stories[0]!.id })).bodyText).toBe(
      'Първа част, втора част.',
    );
  });

  it('takes a file whose writer paused past the stable window, once it is whole, not half of it to failed/', async () => {
    const temp = tempFolder();
    const ctx = memoryContext();
    const events: WatchEvent[] = [];
    const path = join(temp.path, 'wire.json');
    // The watch has tried the half file once the writer goes on (an FTP upload that stalled).
    let opened = 0;
    const openFile: typeof open = (file, ...rest) => {
      if (String(file) === path) opened += 1;
      return open(file, ...rest);
    };
    const watched = new WatchedFolder(ctx, temp.path, {
      stableMs: 100,
      openFile,
      onEvent: (event) => events.push(event),
    });
    afterTest(temp.cleanup, () => watched.stop());
    await watched.start();
    const whole = JSON.stringify({
      uri: 'urn:newsml:e2e:stalled',
      headline: 'Спрян запис',
      body_text: 'Първа част на новината, втора част на новината.',
    });
    const half = Math.floor(whole.length / 2);
    writeFileSync(path, whole.slice(0, half));
    await until(() => opened > 0);
    appendFileSync(path, whole.slice(half));
    await until(() => events.length > 0);
    await watched.idle();
    expect(events).toHaveLength(1);
    expect(events[0]!.movedTo).toBe(join(temp.path, 'done', 'wire.json'));
    expect(readdirSync(join(temp.path, 'failed'))).toEqual([]);
    const stories = await call(ctx, 'stories.list', {});
    expect(stories).toMatchObject([{ headline: 'Спрян запис' }]);
    expect((await call(ctx, 'stories.get', { id: stories[0]!.id })).bodyText).toBe(
      'Първа част на новината, втора част на новината.',
    );
  });

  it('moves a file that fails and stands unchanged to failed/, with the reason of its last reading', async () => {
    const temp = tempFolder();
    const events: WatchEvent[] = [];
    const path = join(temp.path, 'broken.json');
    let opened = 0;
    const openFile: typeof open = (file, ...rest) => {
      if (String(file) === path) opened += 1;
      return open(file, ...rest);
    };
    const watched = new WatchedFolder(memoryContext(), temp.path, {
      stableMs: 100,
      openFile,
      onEvent: (event) => events.push(event),
    });
    afterTest(temp.cleanup, () => watched.stop());
    await watched.start();
    writeFileSync(path, '');
    await until(() => opened > 0);
    // The writer goes on, but what it leaves is still no story.
    appendFileSync(path, '{"uri": "urn:x", ');
    await until(() => events.length > 0);
    expect(events).toHaveLength(1);
    const failed = join(temp.path, 'failed', 'broken.json');
    expect(events[0]!.movedTo).toBe(failed);
    expect(readFileSync(failed, 'utf8')).toBe('{"uri": "urn:x", ');
    expect(readFileSync(`${failed}.error.txt`, 'utf8')).not.toMatch(/empty/);
  });

  it('keeps both files when a name is already in done/', async () => {
    const { folder, events } = await watching();
    writeFileSync(join(folder, 'a.txt'), 'Първа\n\nТекст едно.');
    await until(() => events.length === 1);
    writeFileSync(join(folder, 'a.txt'), 'Втора\n\nТекст две.');
    await until(() => events.length === 2);
    expect(readdirSync(join(folder, 'done')).sort()).toEqual(['a-2.txt', 'a.txt']);
  });

  it("never writes a failure's note over a file already in failed/", async () => {
    const { folder, events } = await watching();
    // An agency file whose name is another's note: the note of a.txt must not replace it.
    writeFileSync(join(folder, 'a.txt.error.txt'), '\u0000\u0001 agency bytes');
    await until(() => events.length === 1);
    writeFileSync(join(folder, 'a.txt'), '');
    await until(() => events.length === 2);
    const failed = join(folder, 'failed');
    expect(readFileSync(join(failed, 'a.txt.error.txt'), 'utf8')).toBe('\u0000\u0001 agency bytes');
    expect(events[1]!.movedTo).toBe(join(failed, 'a-2.txt'));
    expect(readFileSync(join(failed, 'a-2.txt.error.txt'), 'utf8')).toMatch(/empty/);
  });
});

/**
 * A watched folder on a store file that a second connection (another Edition) can hold: the
 * watcher's own connection gives up on the lock at once, and tries a busy file every
 * `busyRetryMs`.
 */
async function watchingBesideAnotherWriter(busyRetryMs: number) {
  const temp = tempFolder();
  const dbPath = join(temp.path, 'edition.db');
  const drop = join(temp.path, 'drop');
  mkdirSync(drop);
  const db = openStore(dbPath);
  db.pragma('busy_timeout = 50');
  const ctx = createContext(db);
  const other = openStore(dbPath);
  const events: WatchEvent[] = [];
  const watched = new WatchedFolder(ctx, drop, {
    stableMs: 100,
    busyRetryMs,
    onEvent: (event) => events.push(event),
  });
  await watched.start();
  afterTest(
    temp.cleanup,
    () => void db.close(),
    () => void other.close(),
    () => watched.stop(),
  );
  return { drop, ctx, other, events, watched };
}

describe('a watched folder in a busy newsroom', () => {
  it('tries a file again while another Edition holds the store, instead of failing it', async () => {
    const { drop, ctx, other, events } = await watchingBesideAnotherWriter(100);
    other.prepare('BEGIN IMMEDIATE').run(); // the other process is writing
    writeFileSync(join(drop, 'story.txt'), 'Заглавие\n\nТекст на новината.');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(events).toEqual([]);
    expect(existsSync(join(drop, 'story.txt'))).toBe(true);
    other.prepare('COMMIT').run();
    await until(() => events.length === 1);
    expect(events[0]!.movedTo).toBe(join(drop, 'done', 'story.txt'));
    expect(await call(ctx, 'stories.list', {})).toMatchObject([{ headline: 'Заглавие' }]);
  });

  it("leaves files under a copy tool's temporary name until they are renamed", async () => {
    const { folder, events } = await watching();
    writeFileSync(join(folder, 'story.xml.part'), '<nitf><body><body.head><hedline><hl1>Част');
    writeFileSync(join(folder, '~story.tmp'), 'Заглавие\n\nТекст.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(events).toEqual([]);
    renameSync(join(folder, '~story.tmp'), join(folder, 'story.txt'));
    await until(() => events.length === 1);
    expect(events[0]!.movedTo).toBe(join(folder, 'done', 'story.txt'));
  });

  it('takes files written under a temporary name (dot, ~, .tmp, .part, a folder) only once renamed, whole', async () => {
    const { folder, events, ctx, watched } = await watching();
    const inTransit: [string, string][] = [
      ['.story-one.xml', 'one.txt'], // rsync, and tools that write hidden names
      ['~story-two.txt', 'two.txt'],
      ['story-three.txt.tmp', 'three.txt'],
      ['story-four.txt.part', 'four.txt'],
    ];
    for (const [temporary] of inTransit)
      writeFileSync(join(folder, temporary), `Заглавие ${temporary}\n\nПърва част`);
    mkdirSync(join(folder, '.incoming'));
    writeFileSync(join(folder, '.incoming', 'five.txt'), 'Заглавие пет\n\nПърва част');
    // A file written after them is taken: by then the watch has seen them and left them be.
    writeFileSync(join(folder, 'marker.txt'), 'Знак\n\nЗа теста.');
    await until(() => events.length === 1);
    expect(events[0]!.file).toBe(join(folder, 'marker.txt'));
    for (const [temporary, final] of inTransit) {
      appendFileSync(join(folder, temporary), ', втора част.');
      renameSync(join(folder, temporary), join(folder, final));
    }
    appendFileSync(join(folder, '.incoming', 'five.txt'), ', втора част.');
    renameSync(join(folder, '.incoming'), join(folder, 'batch'));
    await until(() => events.length === 6);
    await watched.idle();
    expect(events.map((event) => event.file).sort()).toEqual(
      [...inTransit.map(([, final]) => final), 'marker.txt', join('batch', 'five.txt')]
        .map((name) => join(folder, name))
        .sort(),
    );
    const stories = await call(ctx, 'stories.list', {});
    for (const story of stories.filter((each) => each.headline !== 'Знак'))
      expect((await call(ctx, 'stories.get', { id: story.id })).bodyText).toBe(
        'Първа част, втора част.',
      );
    expect(stories).toHaveLength(6);
  });

  it('tries no file again once the folder is no longer watched', async () => {
    const { drop, other, events, watched } = await watchingBesideAnotherWriter(300);
    other.prepare('BEGIN IMMEDIATE').run();
    writeFileSync(join(drop, 'story.txt'), 'Заглавие\n\nТекст на новината.');
    await new Promise((resolve) => setTimeout(resolve, 400)); // tried once, busy
    await watched.stop();
    other.prepare('COMMIT').run();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(events).toEqual([]);
    expect(existsSync(join(drop, 'story.txt'))).toBe(true);
  });

  it('stops after the file under way: the rest stay in the folder for the next watch', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    for (let index = 0; index < 40; index += 1)
      writeFileSync(join(temp.path, `${index}.txt`), `Новина ${index}\n\nТекст ${index}.`);
    const events: WatchEvent[] = [];
    let stopped: Promise<void> | null = null;
    const watched = new WatchedFolder(memoryContext(), temp.path, {
      stableMs: 100,
      onEvent: (event) => {
        events.push(event);
        stopped ??= watched.stop(); // Ctrl+C while the backlog is being imported
      },
    });
    afterTest(() => watched.stop());
    await watched.start();
    await until(() => stopped !== null);
    await stopped;
    expect(events).toHaveLength(1);
    const left = readdirSync(temp.path).filter((name) => name.endsWith('.txt'));
    expect(left).toHaveLength(39);
  });
});

describe('a folder that cannot be watched', () => {
  it('says which of done/ and failed/ is in the way when a file has its name', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    writeFileSync(join(temp.path, 'failed'), 'a file, not a folder');
    const watched = new WatchedFolder(memoryContext(), temp.path);
    afterTest(() => watched.stop());
    await expect(watched.start()).rejects.toThrow(
      'cannot make done/ and failed/ in it: failed is a file, not a folder',
    );
  });
});
