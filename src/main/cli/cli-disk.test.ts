import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';
import { BIN, edition } from './test/run-edition';

describe('edition CLI, with what disks hold', () => {
  const folder = tempFolder();
  const db = join(folder.path, 'cli.db');
  afterAll(() => folder.cleanup());

  it('refuses to restore over a database a watch is importing into', async () => {
    const watched = join(folder.path, 'watched.db');
    const drop = join(folder.path, 'drop');
    mkdirSync(drop);
    writeFileSync(join(folder.path, 'first.txt'), 'Първа новина\n\nС един абзац.');
    await edition(['import', join(folder.path, 'first.txt'), '--db', watched]);
    const copy = join(folder.path, 'watched-copy.db');
    await edition(['backup', '--out', copy, '--db', watched]);
    const watch = spawn(process.execPath, [BIN, 'watch', drop, '--db', watched], {
      env: { ...process.env, EDITION_DB: '' },
    });
    try {
      await new Promise<void>((ready) =>
        watch.stderr.on('data', (chunk: Buffer) => {
          if (String(chunk).includes('Watching')) ready();
        }),
      );
      const restore = await edition(['restore', copy, '--db', watched]);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(/Edition is running with .*watched\.db/);
    } finally {
      watch.kill('SIGINT');
      await new Promise((gone) => watch.once('exit', gone));
    }
    // Stopped, it lets go: the restore goes ahead.
    expect((await edition(['restore', copy, '--db', watched])).code).toBe(0);
  }, 60_000);

  it('names the folder it cannot watch', async () => {
    const drop = join(folder.path, 'drop-with-a-file-named-done');
    mkdirSync(drop);
    writeFileSync(join(drop, 'done'), 'a file, not a folder');
    const result = await edition(['watch', drop, '--db', db], { timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `edition: watch: cannot watch ${drop}: cannot make done/ and failed/ in it: done is a file, not a folder\n`,
    );
  }, 30_000);

  it('refuses a 200 MB file by its size, without reading it, and imports the rest', async () => {
    const wire = join(folder.path, 'huge');
    mkdirSync(wire);
    // A sparse file: 200 MB to stat(), nothing on disk, and nothing to read if the size is checked.
    const huge = join(wire, 'huge.xml');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 200 * 1024 * 1024);
    writeFileSync(join(wire, 'small.txt'), 'Малка новина\n\nС един абзац.');
    const result = await edition(['import', wire, '--db', join(folder.path, 'huge.db'), '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.failed).toEqual([
      {
        file: huge,
        error: 'file larger than 50 MB (200 MB): not a news story',
        reason: { key: 'tooLarge', values: { limit: '50 MB', size: '200 MB' } },
      },
    ]);
    expect(report.imported).toHaveLength(1);
  }, 30_000);

  it('follows links, refuses pipes by name, takes long paths, and imports the rest', async () => {
    const wire = join(folder.path, 'odd');
    const elsewhere = join(folder.path, 'elsewhere');
    mkdirSync(wire);
    mkdirSync(elsewhere);
    writeFileSync(join(wire, 'a.txt'), 'Първа новина\n\nС един абзац.');
    writeFileSync(join(elsewhere, 'linked.txt'), 'Свързана новина\n\nПрез връзка.');
    symlinkSync(join(elsewhere, 'linked.txt'), join(wire, 'b-link.txt'));
    symlinkSync(elsewhere, join(wire, 'c-folder-link')); // holds linked.txt once more
    symlinkSync(wire, join(wire, 'd-loop')); // a link back up: walked once, not forever
    symlinkSync(join(folder.path, 'nowhere.txt'), join(wire, 'e-broken.txt'));
    execFileSync('mkfifo', [join(wire, 'f-pipe')]);
    // A name in windows-1251 bytes, as a Windows archive unpacks it (not UTF-8), in a folder
    // whose own Cyrillic name is UTF-8.
    mkdirSync(join(wire, 'новини'));
    writeFileSync(
      Buffer.concat([Buffer.from(`${wire}/новини/`), iconv.encode('Ъ-новина.txt', 'windows-1251')]),
      'Новина с име на кирилица\n\nТекст.',
    );
    // A path of 1,500 characters (agency archives nest deep): once it stopped the whole import.
    let deep = join(wire, 'g');
    while (deep.length < 1500) deep = join(deep, 'x'.repeat(200));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.txt'), 'Дълбока\n\nТекст.');
    const result = await edition(
      ['import', `${wire}/`, '--db', join(folder.path, 'odd.db'), '--json'],
      {
        timeoutMs: 20_000,
      },
    );
    const report = JSON.parse(result.stdout);
    expect(report.imported.map((entry: { file: string }) => entry.file)).toEqual([
      join(wire, 'a.txt'),
      join(wire, 'b-link.txt'),
      join(deep, 'deep.txt'),
      join(wire, 'новини', 'Ъ-новина.txt'), // shown decoded; opened by its bytes
    ]);
    expect(report.duplicates).toHaveLength(1); // linked.txt again, through the folder link
    expect(
      report.failed.map((entry: { file: string; error: string }) => [entry.file, entry.error]),
    ).toEqual([
      [join(wire, 'e-broken.txt'), 'no such file or folder'],
      [join(wire, 'f-pipe'), 'not a regular file'],
    ]);
    expect(result.code).toBe(0);
  }, 30_000);
});
