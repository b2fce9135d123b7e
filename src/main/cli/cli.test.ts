import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';
import { BIN, edition, SAMPLES } from './test/run-edition';

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

  it('says when a list is cut short, pages on with --after, and lists every story with --all', async () => {
    const manyDb = join(folder.path, 'many.db'); // the 231 stories of the import above
    const first = await edition(['stories', '--db', manyDb, '--json']);
    const page = JSON.parse(first.stdout) as { id: number }[];
    expect(page).toHaveLength(200);
    expect(first.stderr).toBe(
      `200 stories shown: more with --after ${page.at(-1)!.id}, or every one with --all\n`,
    );
    const rest = JSON.parse(
      (await edition(['stories', '--after', String(page.at(-1)!.id), '--db', manyDb, '--json']))
        .stdout,
    ) as { id: number }[];
    expect(rest).toHaveLength(31);
    expect(new Set([...page, ...rest].map((story) => story.id)).size).toBe(231);
    const all = await edition(['stories', '--all', '--db', manyDb, '--json']);
    expect(JSON.parse(all.stdout)).toHaveLength(231);
    expect(all.stderr).toBe('');
    // Read by a reader that stops early (`| head`): the list ends there, quietly, and well.
    const cut = spawn(process.execPath, [BIN, 'stories', '--all', '--db', manyDb, '--json'], {
      env: { ...process.env, EDITION_DB: '' },
    });
    let complaint = '';
    cut.stderr.on('data', (chunk: Buffer) => (complaint += String(chunk)));
    cut.stdout.destroy(); // the reader gone before the first line
    const [exitCode] = (await once(cut, 'exit')) as [number];
    expect(complaint).toBe('');
    expect(exitCode).toBe(0);
    const tooMany = await edition(['stories', '--limit', '10000', '--db', manyDb]);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe(
      'edition: --limit must be at most 500, not "10000"; --all lists every story\n',
    );
  }, 30_000);

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

  it('finishes an edition from a script: its fields, and stories into a named section', async () => {
    const run = async (...args: string[]) => edition([...args, '--db', db, '--json']);
    const made = JSON.parse((await run('digest', 'create', '--date', '2026-03-15')).stdout);
    const id = String(made.id);
    const set = await run(
      'digest',
      'set',
      id,
      '--subject',
      'Сутрешен бюлетин: метрото и бюджетът',
      '--preheader',
      'Трите неща за деня',
      '--intro',
      'Добро утро.\n\nЕто най-важното.',
      '--signoff',
      'Редакцията',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      subject: 'Сутрешен бюлетин: метрото и бюджетът',
      preheader: 'Трите неща за деня',
      introText: 'Добро утро.\n\nЕто най-важното.',
      signoff: 'Редакцията',
    });
    await run('digest', 'add', id, '1', '--section', 'София');
    const added = JSON.parse((await run('digest', 'add', id, '2', '--section', ' софия ')).stdout);
    expect(added.sections.map((section: { name: string }) => section.name)).toEqual(['София']);
    const section = added.sections[0].id;
    expect(added.items.map((item: { sectionId: number | null }) => item.sectionId)).toEqual([
      section,
      section,
    ]);
    // Each sub-command takes its own options, and says so of the others.
    const wrong = await run('digest', 'create', '--date', '2026-03-16', '--subject', 'x');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/digest create takes no --subject/);
    expect((await run('digest', 'set', id)).stderr).toMatch(/name what to set/);
    // A story that is not there: refused before a new section is made for it.
    expect((await run('digest', 'add', id, '999', '--section', 'Нова')).code).toBe(1);
    const after = JSON.parse((await run('digest', 'show', id)).stdout);
    expect(after.sections.map((s: { name: string }) => s.name)).toEqual(['София']);
    expect((await run('feeds', 'list', '--interval', '5')).stderr).toMatch(
      /feeds list takes no --interval/,
    );
    expect((await run('backup', 'list', '--out', 'x.db')).stderr).toMatch(
      /backup list takes no --out/,
    );
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
    // A failing check fails also when the reader of its output has gone (a script's `| head`
    // under pipefail).
    const cut = spawn(process.execPath, [BIN, 'check', String(empty.id), '--db', db], {
      env: { ...process.env, EDITION_DB: '' },
    });
    cut.stdout.destroy();
    const [cutCode] = (await once(cut, 'exit')) as [number];
    expect(cutCode).toBe(1);
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
    expect(serve.stderr).toMatch(/is damaged .*edition restore .*backups\/cli-.*-manual\.db/);
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
