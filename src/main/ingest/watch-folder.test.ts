import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call, memoryContext, tempFolder, until } from '../test/helpers';
import { MAX_FILE_BYTES } from '../wire/decode';
import { WatchedFolder, type WatchEvent } from './watch-folder';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function watching(): Promise<{
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
  cleanups.push(temp.cleanup, () => watched.stop());
  return { folder: temp.path, events, watched, ctx };
}

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
    cleanups.push(temp.cleanup);
    const handle = await open(join(temp.path, 'slow.txt'), 'w');
    await handle.write('Бавна новина\n\nПърва част');
    const ctx = memoryContext();
    const events: WatchEvent[] = [];
    const watched = new WatchedFolder(ctx, temp.path, {
      stableMs: 400,
      onEvent: (event) => events.push(event),
    });
    cleanups.push(() => watched.stop());
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
    cleanups.push(temp.cleanup, () => watched.stop());
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
    cleanups.push(temp.cleanup, () => watched.stop());
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
  cleanups.push(
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
    expect(readdirSync(folder).sort()).toEqual(['done', 'failed', 'kept']);
    expect(readdirSync(kept)).toEqual(['three.txt.part']);
  });

  it('keeps a folder that was there when the watch started (an agency uploads into it)', async () => {
    const temp = tempFolder();
    cleanups.push(temp.cleanup);
    const agency = join(temp.path, 'bta');
    mkdirSync(agency);
    const events: WatchEvent[] = [];
    // Given as typed, with a trailing slash: tidying compares it as the watcher's paths.
    const watched = new WatchedFolder(memoryContext(), `${temp.path}/`, {
      stableMs: 100,
      onEvent: (event) => events.push(event),
    });
    cleanups.push(() => watched.stop());
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
    cleanups.push(temp.cleanup, () => watched.stop());
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
      cleanups.push(temp.cleanup, () => watched.stop());
      writeFileSync(join(folder, 'story.txt'), 'Заглавие\n\nТекст на новината.');
      await until(() => events.length === 1);
      expect(events[0]!.movedTo).toBe(join(folder, 'done', 'story.txt'));
    }
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
    cleanups.push(temp.cleanup);
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
    cleanups.push(() => watched.stop());
    await watched.start();
    await until(() => stopped !== null);
    await stopped;
    expect(events).toHaveLength(1);
    const left = readdirSync(temp.path).filter((name) => name.endsWith('.txt'));
    expect(left).toHaveLength(39);
  });

  it('takes a link dropped in, and a file whose name is not UTF-8', async () => {
    const { folder, events, ctx } = await watching();
    const elsewhere = tempFolder();
    cleanups.push(elsewhere.cleanup);
    writeFileSync(join(elsewhere.path, 'target.txt'), 'Свързана\n\nПрез връзка.');
    symlinkSync(join(elsewhere.path, 'target.txt'), join(folder, 'link.txt'));
    // windows-1251 bytes, as a Windows archive unpacks a Cyrillic name.
    const cyrillic = iconv.encode('Новина.txt', 'windows-1251');
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), cyrillic]), 'Новина\n\nТекст.');
    await until(() => events.length === 2);
    expect(readdirSync(join(folder, 'done')).sort()).toEqual(['link.txt', 'Новина.txt']);
    const headlines = (await call(ctx, 'stories.list', {})).map((story) => story.headline);
    expect(headlines.sort()).toEqual(['Новина', 'Свързана']);
  });

  it('never moves a file through a failed/ or done/ that is a link to elsewhere', async () => {
    const temp = tempFolder();
    const elsewhere = tempFolder();
    cleanups.push(temp.cleanup, elsewhere.cleanup);
    symlinkSync(elsewhere.path, join(temp.path, 'failed'));
    const refused = new WatchedFolder(memoryContext(), temp.path, { stableMs: 100 });
    await expect(refused.start()).rejects.toThrow(/failed\/ is a link/);

    // Made a link while watched: the file stays where it landed, and nothing reaches elsewhere.
    rmSync(join(temp.path, 'failed'));
    const errors: string[] = [];
    const watched = new WatchedFolder(memoryContext(), temp.path, {
      stableMs: 100,
      recheckMs: 100,
      onError: (error) => errors.push(error.message),
    });
    cleanups.push(() => watched.stop());
    await watched.start();
    rmSync(join(temp.path, 'failed'), { recursive: true });
    symlinkSync(elsewhere.path, join(temp.path, 'failed'));
    writeFileSync(join(temp.path, 'evil.desktop'), '[Desktop Entry]\nExec=rm -rf ~');
    await until(() => errors.length > 0);
    expect(errors[0]).toMatch(/failed\/ .*is a link/);
    expect(readdirSync(elsewhere.path)).toEqual([]);
    expect(existsSync(join(temp.path, 'evil.desktop'))).toBe(true);
  });

  it('never writes a failure’s note through a link that took its name', async () => {
    const { folder, events } = await watching();
    const elsewhere = tempFolder();
    cleanups.push(elsewhere.cleanup);
    // A link leading nowhere yet, where the note of bad.json would go.
    symlinkSync(join(elsewhere.path, 'planted'), join(folder, 'failed', 'bad.json.error.txt'));
    writeFileSync(join(folder, 'bad.json'), '{"uri": ');
    await until(() => events.length === 1, 20_000);
    expect(events[0]!.movedTo).toBe(join(folder, 'failed', 'bad-2.json'));
    expect(existsSync(join(folder, 'failed', 'bad-2.json.error.txt'))).toBe(true);
    expect(readdirSync(elsewhere.path)).toEqual([]);
  }, 25_000);

  it('never reads, moves or removes what a folder dropped in as a link holds', async () => {
    const { folder, events } = await watching();
    const outside = tempFolder();
    cleanups.push(outside.cleanup);
    mkdirSync(join(outside.path, 'docs'));
    writeFileSync(join(outside.path, 'docs', 'secret.txt'), 'Тайна\n\nНе е за вноса.');
    symlinkSync(outside.path, join(folder, 'home'));
    await until(() => events.length === 1);
    // The link itself is what failed: the folder it leads to is as it was.
    expect(events[0]!.report.failed).toHaveLength(1);
    expect(readFileSync(join(outside.path, 'docs', 'secret.txt'), 'utf8')).toContain('Тайна');
    expect(readdirSync(join(folder, 'done'))).toEqual([]);
  });

  it('makes done/ again if it was tidied away while watching', async () => {
    const { folder, events } = await watching();
    rmSync(join(folder, 'done'), { recursive: true });
    writeFileSync(join(folder, 'story.txt'), 'Заглавие\n\nТекст на новината.');
    await until(() => events.length === 1);
    expect(existsSync(join(folder, 'done', 'story.txt'))).toBe(true);
  });
});

describe('a folder that cannot be watched', () => {
  it('says which of done/ and failed/ is in the way when a file has its name', async () => {
    const temp = tempFolder();
    cleanups.push(temp.cleanup);
    writeFileSync(join(temp.path, 'failed'), 'a file, not a folder');
    const watched = new WatchedFolder(memoryContext(), temp.path);
    cleanups.push(() => watched.stop());
    await expect(watched.start()).rejects.toThrow(
      'cannot make done/ and failed/ in it: failed is a file, not a folder',
    );
  });
});
