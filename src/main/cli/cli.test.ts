import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';

const run = promisify(execFile);
const BIN = join(__dirname, '../../../bin/edition.cjs');
const SAMPLES = join(__dirname, '../../../resources/samples');

async function edition(
  args: string[],
  options: { timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, EDITION_DB: '' },
      timeout: options.timeoutMs ?? 0,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('edition CLI', () => {
  const folder = tempFolder();
  const db = join(folder.path, 'cli.db');
  afterAll(() => folder.cleanup());

  it('imports a folder and reports each file as JSON', async () => {
    const { code, stdout } = await edition([
      'import',
      SAMPLES,
      join(folder.path, 'missing.txt'),
      '--db',
      db,
      '--json',
    ]);
    const report = JSON.parse(stdout);
    expect(code).toBe(0); // one file failed, the others were taken in
    expect(report.imported).toHaveLength(2);
    expect(report.imported[0]).toEqual({
      id: expect.any(Number),
      headline: expect.any(String),
      format: expect.stringMatching(/^(text|markdown)$/),
      file: expect.stringContaining('samples'),
    });
    expect(report.failed).toEqual([
      {
        file: join(folder.path, 'missing.txt'),
        error: 'no such file or folder',
        reason: { key: 'fileMissing' },
      },
    ]);
  }, 30_000);

  it('imports a large folder in order, mail attachments included, through the parse workers', async () => {
    const many = join(folder.path, 'many');
    mkdirSync(many);
    const names = Array.from(
      { length: 230 },
      (_, index) => `${String(index).padStart(3, '0')}.txt`,
    );
    for (const [index, name] of names.entries())
      writeFileSync(join(many, name), `Новина ${index}\n\nТекст на новина номер ${index}.`);
    writeFileSync(
      join(many, 'zz-mail.eml'),
      readFileSync(join(__dirname, '../wire/__fixtures__/message-with-attachment.eml')),
    );
    const manyDb = join(folder.path, 'many.db');
    // The command ends when the import does: idle parse workers never hold the process (they
    // once kept it alive for their 30-second idle time, and the run was killed here).
    const { code, stdout } = await edition(['import', many, '--db', manyDb, '--json'], {
      timeoutMs: 20_000,
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { imported: { file: string; headline: string }[] };
    // Three batches, two in flight at a time: still reported (and numbered) in file order.
    expect(report.imported.map((entry) => entry.file)).toEqual(
      [...names, 'zz-mail.eml'].map((name) => join(many, name)),
    );
    // The story comes from the wire file attached to the mail, parsed by the whole import again.
    expect(report.imported.at(-1)!.headline).toBe('Варна отваря нов воден парк');
  }, 60_000);

  it('lists, searches and shows stories with bodyText', async () => {
    const list = JSON.parse((await edition(['stories', '--db', db, '--json'])).stdout);
    expect(list).toHaveLength(2);
    const search = JSON.parse(
      (await edition(['stories', '--search', 'метрото', '--db', db, '--json'])).stdout,
    );
    expect(search).toHaveLength(1);
    const story = JSON.parse(
      (await edition(['show', String(search[0].id), '--db', db, '--json'])).stdout,
    );
    expect(story.bodyText).toContain('„Искаме всеки лев да бъде проследим“');
    expect(story.storyDate).toBe('2026-03-14');
  }, 30_000);

  it('creates a digest, adds stories and exports a standalone HTML file', async () => {
    const digest = JSON.parse(
      (
        await edition([
          'digest',
          'create',
          '--date',
          '2026-03-14',
          '--title',
          'Сутрин',
          '--db',
          db,
          '--json',
        ])
      ).stdout,
    );
    expect(digest).toMatchObject({ id: expect.any(Number), date: '2026-03-14', title: 'Сутрин' });
    const added = await edition([
      'digest',
      'add',
      String(digest.id),
      '1',
      '2',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(added.stdout).items).toHaveLength(2);
    const out = join(folder.path, 'digest.html');
    const exported = await edition([
      'export',
      String(digest.id),
      '--format',
      'html',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(exported.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Сутрин</title>');
    expect(html).toContain('Третият лъч на метрото');
  }, 30_000);

  it('checks an edition and exports it as email, text, Markdown and .eml', async () => {
    const digests = JSON.parse((await edition(['digest', 'list', '--db', db, '--json'])).stdout);
    const id = String(digests[0].id);
    const check = await edition(['check', id, '--db', db, '--json']);
    const findings = JSON.parse(check.stdout);
    expect(findings.every((finding: { code: string }) => typeof finding.code === 'string')).toBe(
      true,
    );
    for (const format of ['email', 'text', 'markdown', 'eml']) {
      const out = join(folder.path, `digest.${format}`);
      const result = await edition(['export', id, '--format', format, '--out', out, '--db', db]);
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(
        format === 'eml' ? /Content-Type: multipart\/alternative/ : /Третият лъч/,
      );
    }
  }, 60_000);

  it('answers a blocked export with --json by its findings, on stdout, and exit status 1', async () => {
    const empty = JSON.parse(
      (
        await edition([
          'digest',
          'create',
          '--date',
          '2026-12-05',
          '--title',
          'Празно',
          '--db',
          db,
          '--json',
        ])
      ).stdout,
    );
    const result = await edition([
      'export',
      String(empty.id),
      '--format',
      'html',
      '--db',
      db,
      '--json',
    ]);
    expect(result.code).toBe(1);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ blocked: true, format: 'html' });
    expect(answer.findings.map((finding: { code: string }) => finding.code)).toContain(
      'edition-empty',
    );
    expect(result.stderr).toMatch(/blocked/);
  }, 30_000);

  it('visits the edition’s links with check --links, and says which lead nowhere', async () => {
    const own = join(folder.path, 'links.db');
    // A name under .test never resolves (RFC 6761): a link no reader could follow.
    const dead = 'https://edition-link-check.test/story';
    writeFileSync(
      join(folder.path, 'linked.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Емисия</title>
        <item><title>Новина с връзка</title><link>${dead}</link><guid>${dead}</guid>
        <pubDate>Sat, 14 Mar 2026 07:00:00 GMT</pubDate><description>Текст на новината.</description></item>
      </channel></rss>`,
    );
    const imported = JSON.parse(
      (await edition(['import', join(folder.path, 'linked.rss'), '--db', own, '--json'])).stdout,
    );
    const created = JSON.parse(
      (await edition(['digest', 'create', '--date', '2026-03-14', '--db', own, '--json'])).stdout,
    );
    const id = String(created.id);
    await edition(['digest', 'add', id, String(imported.imported[0].id), '--db', own]);

    const offline = JSON.parse((await edition(['check', id, '--db', own, '--json'])).stdout);
    expect(offline.map((finding: { code: string }) => finding.code)).not.toContain(
      'link-unreachable',
    );
    const online = await edition(['check', id, '--links', '--db', own, '--json']);
    expect(JSON.parse(online.stdout)).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'link-unreachable',
        params: expect.objectContaining({ where: 'storyLink', url: dead }),
      }),
    );
    const text = await edition(['check', id, '--links', '--db', own]);
    expect(text.stdout).toMatch(
      /WARNING\tlink-unreachable\tThe link of “Новина с връзка” could not be reached/,
    );
    expect(text.stdout).toMatch(/Links: 1 visited\./);
  }, 60_000);

  it('prints the usage on stdout when asked, and on stderr (exit 1) without a command', async () => {
    const asked = await edition(['help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: edition <command>/m);
    const bare = await edition([]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: edition <command>/m);
  }, 30_000);

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

  it('fails clearly on bad arguments, naming what is wrong', async () => {
    const badId = await edition(['show', 'abc', '--db', db]);
    expect(badId.code).toBe(1);
    expect(badId.stderr).toMatch(/story id must be a positive whole number, not "abc"/);
    const missing = await edition(['show', '999', '--db', db]);
    expect(missing.stderr).toMatch(/There is no story 999/);
    expect(missing.stdout).toBe('');
    // With --json the failure is data on stdout too, for scripts.
    const asData = await edition(['show', '999', '--json', '--db', db]);
    expect(asData.code).toBe(1);
    expect(JSON.parse(asData.stdout)).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/There is no story 999/) },
    });
    const unparsed = await edition(['stories', '--bogus', '--json', '--db', db]);
    expect(JSON.parse(unparsed.stdout)).toEqual({
      error: { code: null, message: 'unknown option --bogus; run "edition help"' },
    });
    const format = await edition(['export', '1', '--format', 'pdf', '--db', db]);
    expect(format.stderr).toMatch(/unknown --format "pdf"/);
    const option = await edition(['stories', '--bogus', '--db', db]);
    expect(option.stderr.trim()).toBe('edition: unknown option --bogus; run "edition help"');
    const negative = await edition(['stories', '--limit', '-5', '--db', db]);
    expect(negative.stderr).toMatch(
      /--limit needs a value; for one that starts with "-", write --limit=<value>/,
    );
    const verbless = await edition(['digest', '--db', db]);
    expect(verbless.stderr).toMatch(/digest: name a sub-command \(create, add, list, show\)/);
    const port = await edition(['serve', '--port', '99999', '--db', db]);
    expect(port.code).toBe(1);
    expect(port.stderr).toMatch(/--port must be at most 65535, not "99999"/);
  }, 30_000);

  it('says plainly why an export cannot be written', async () => {
    const own = join(folder.path, 'export-errors.db');
    await edition(['digest', 'create', '--date', '2026-03-14', '--db', own]);
    const exporting = (to: string) =>
      edition(['export', '1', '--out', to, '--override', 'test', '--db', own]);
    const noFolder = join(folder.path, 'no-such-folder', 'digest.html');
    const toMissing = await exporting(noFolder);
    expect(toMissing.code).toBe(1);
    expect(toMissing.stderr).toMatch(
      `edition: export: cannot write ${noFolder}: the folder ${join(folder.path, 'no-such-folder')} does not exist\n`,
    );
    const toFolder = await exporting(folder.path);
    expect(toFolder.code).toBe(1);
    expect(toFolder.stderr).toMatch(
      `edition: export: cannot write ${folder.path}: it is a folder; name a file in it\n`,
    );
    const written = join(folder.path, 'edition.html');
    expect((await exporting(written)).code).toBe(0);
    expect(readFileSync(written, 'utf8')).toMatch(/<html/);
  }, 30_000);

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

  it('backs up, restores, and points a damaged database at its newest backup', async () => {
    const out = join(folder.path, 'copy.db');
    const backup = JSON.parse(
      (await edition(['backup', '--out', out, '--db', db, '--json'])).stdout,
    );
    expect(backup).toMatchObject({ path: out, kind: 'manual', bytes: expect.any(Number) });
    await edition(['backup', '--db', db]); // into backups/ beside the database
    const listed = JSON.parse((await edition(['backup', 'list', '--db', db, '--json'])).stdout);
    expect(listed).toHaveLength(1);

    // The database is damaged: serving refuses it untouched and names the backup to restore.
    writeFileSync(db, 'this is no longer a database '.repeat(500));
    const serve = await edition(['serve', '--db', db, '--port', '0']);
    expect(serve.code).toBe(1);
    expect(serve.stderr).toMatch(/is damaged .*edition restore .*backups\/edition-.*-manual\.db/);
    expect(readFileSync(db, 'utf8')).toMatch(/^this is no longer a database/);

    // While Edition serves the database, restoring under it is refused and changes nothing.
    writeFileSync(`${db}.serving`, JSON.stringify({ pid: process.pid }));
    const refused = await edition(['restore', listed[0].path, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Edition is running with .* Restore from its Backups dialog/);
    expect(readFileSync(db, 'utf8')).toMatch(/^this is no longer a database/);
    rmSync(`${db}.serving`);

    const restored = await edition(['restore', listed[0].path, '--db', db, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const result = JSON.parse(restored.stdout);
    expect(result).toMatchObject({
      db,
      stories: 2,
      keptAside: expect.stringMatching(/before-restore/),
    });
    expect(readFileSync(result.keptAside, 'utf8')).toMatch(/^this is no longer a database/);
    const list = JSON.parse((await edition(['stories', '--db', db, '--json'])).stdout);
    expect(list).toHaveLength(2);
  }, 60_000);
});
