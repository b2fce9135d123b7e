import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, memoryContext, tempFolder, until } from '../test/helpers';
import { WatchedFolder } from './watch-folder';
import { afterTest, watching } from './test/watching';

describe('a watched folder, and links', () => {
  it('takes a link dropped in, and a file whose name is not UTF-8', async () => {
    const { folder, events, ctx } = await watching();
    const elsewhere = tempFolder();
    afterTest(elsewhere.cleanup);
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
    afterTest(temp.cleanup, elsewhere.cleanup);
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
    afterTest(() => watched.stop());
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
    afterTest(elsewhere.cleanup);
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
    afterTest(outside.cleanup);
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
