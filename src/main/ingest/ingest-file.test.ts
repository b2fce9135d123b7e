import { describe, expect, it } from 'vitest';
import { dispatch } from '../handlers/dispatch';
import { join } from 'node:path';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call, memoryContext, tempFolder, upload } from '../test/helpers';
import { editHeadline, ninjs } from '../test/wire-files';

describe('wire versions', () => {
  it("keeps two agencies' stories with the same NITF doc-id apart, and finds one stored under the bare id", async () => {
    const ctx = memoryContext();
    const nitf = (agency: string, version: number, text: string) =>
      `<nitf><head><docdata><doc-id regsrc="${agency}" id-string="1001"/><du-key version="${version}"/>
        <doc.copyright holder="${agency}"/></docdata></head>
        <body><body.head><hedline><hl1>${agency}: ${text}</hl1></hedline></body.head>
        <body.content><p>${text}</p></body.content></body></nitf>`;
    const bta = await call(ctx, 'stories.import', {
      files: [upload('bta.xml', nitf('БТА', 1, 'Земетресение в Гърция.'))],
    });
    const tass = await call(ctx, 'stories.import', {
      files: [upload('tass.xml', nitf('ТАСС', 2, 'Путин встретился с Жапаровым.'))],
    });
    expect(tass.imported).toHaveLength(1);
    expect(tass.updated).toEqual([]);
    const btaId = bta.imported[0]!.id;
    expect((await call(ctx, 'stories.get', { id: btaId })).bodyText).toBe('Земетресение в Гърция.');

    // A story stored before doc-ids were qualified: its next version finds it, and qualifies it.
    ctx.stories.setWireId(btaId, '1001');
    const update = await call(ctx, 'stories.import', {
      files: [upload('bta-v2.xml', nitf('БТА', 2, 'Земетресение в Северна Гърция.'))],
    });
    expect(update.updated).toMatchObject([{ id: btaId, version: 2 }]);
    expect(await call(ctx, 'stories.get', { id: btaId })).toMatchObject({
      wireId: 'БТА:1001',
      bodyText: 'Земетресение в Северна Гърция.',
    });
  });

  it('takes a kill notice without text as a change of status: the story keeps its text', async () => {
    const ctx = memoryContext();
    const item = (version: number, status: string, content: string) =>
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:t:kill" version="${version}">
        <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:${status}"/>
          <versionCreated>2026-03-14T0${version}:00:00Z</versionCreated></itemMeta>
        <contentMeta><headline>Пожар в склад</headline></contentMeta>${content}</newsItem>`;
    const first = await call(ctx, 'stories.import', {
      files: [
        upload(
          'v1.xml',
          item(
            1,
            'usable',
            '<contentSet><inlineData>Складът изгоря до основи.</inlineData></contentSet>',
          ),
        ),
      ],
    });
    const id = first.imported[0]!.id;
    const kill = await call(ctx, 'stories.import', {
      files: [upload('v2.xml', item(2, 'canceled', ''))],
    });
    expect(kill.updated).toMatchObject([{ id, version: 2, conflict: false }]);
    expect(await call(ctx, 'stories.get', { id })).toMatchObject({
      headline: 'Пожар в склад',
      bodyText: 'Складът изгоря до основи.',
      pubStatus: 'canceled',
      wireVersion: 2,
      wireConflict: false,
    });
  });

  it('replaces an older version with a newer one, as a new revision', async () => {
    const ctx = memoryContext();
    const first = await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, 'Първи текст.'))],
    });
    const id = first.imported[0]!.id;
    const second = await call(ctx, 'stories.import', {
      files: [upload('v2.json', ninjs(2, 'Поправен текст.'))],
    });
    expect(second.imported).toEqual([]);
    expect(second.updated).toEqual([
      { id, headline: 'Версия 2', format: 'ninjs', file: 'v2.json', version: 2, conflict: false },
    ]);
    const story = await call(ctx, 'stories.get', { id });
    expect(story).toMatchObject({
      headline: 'Версия 2',
      bodyText: 'Поправен текст.',
      wireVersion: 2,
      wireConflict: false,
    });
    const revisions = await call(ctx, 'stories.revisions', { id });
    expect(revisions.map((revision) => [revision.reason, revision.wireVersion])).toEqual([
      ['wire-update', 2],
      ['import', 1],
    ]);
  });

  it('reports the same or an older version as a duplicate and writes nothing', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('v2.json', ninjs(2, 'Текст две.'))] });
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('again.json', ninjs(2, 'Текст две.')),
        upload('old.json', ninjs(1, 'Текст едно.')),
      ],
    });
    expect(report.duplicates).toEqual([
      { file: 'again.json', id: 1, headline: 'Версия 2', reason: 'same-version' },
      { file: 'old.json', id: 1, headline: 'Версия 1', reason: 'older-version' },
    ]);
    expect((await call(ctx, 'stories.get', { id: 1 })).bodyText).toBe('Текст две.');
  });

  it('takes a corrected text sent later under the same version number as the newer one', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('v2.json', ninjs(2, 'Текст две.'))] });
    // Some agencies correct a story without raising its version; its time says it is later.
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'corrected.json',
          ninjs(2, 'Поправен текст две.', { versioncreated: '2026-03-14T02:30:00Z' }),
        ),
      ],
    });
    expect(report.updated).toMatchObject([{ id: 1, file: 'corrected.json', version: 2 }]);
    expect((await call(ctx, 'stories.get', { id: 1 })).bodyText).toBe('Поправен текст две.');
    // The earlier text sent again, under the same number and its earlier time: a duplicate.
    const again = await call(ctx, 'stories.import', {
      files: [upload('again.json', ninjs(2, 'Текст две.'))],
    });
    expect(again.duplicates).toMatchObject([{ file: 'again.json', reason: 'older-version' }]);
    expect((await call(ctx, 'stories.get', { id: 1 })).bodyText).toBe('Поправен текст две.');
  });

  it("never overwrites an editor's edits: keeps both and flags the conflict", async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, 'Текст от агенцията.'))],
    });
    await editHeadline(ctx, 1, 'Заглавие на редактора');

    const report = await call(ctx, 'stories.import', {
      files: [upload('v2.json', ninjs(2, 'Нов текст от агенцията.', { pubstatus: 'canceled' }))],
    });
    expect(report.updated[0]).toMatchObject({ id: 1, conflict: true });
    const after = await call(ctx, 'stories.get', { id: 1 });
    expect(after).toMatchObject({
      headline: 'Заглавие на редактора',
      wireConflict: true,
      wireVersion: 2,
      pubStatus: 'canceled',
    });
    expect(after.bodyText).toBe('Текст от агенцията.');
    const revisions = await call(ctx, 'stories.revisions', { id: 1 });
    expect(revisions[0]).toMatchObject({
      reason: 'wire-update',
      wireVersion: 2,
      headline: 'Версия 2',
    });
  });

  it("settles the conflict when the editor takes the wire's latest text back", async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, 'Текст от агенцията.'))],
    });
    await editHeadline(ctx, 1, 'Заглавие на редактора');
    await call(ctx, 'stories.import', {
      files: [upload('v2.json', ninjs(2, 'Поправен текст от агенцията.'))],
    });
    const revisions = await call(ctx, 'stories.revisions', { id: 1 });
    const wire = revisions.find((revision) => revision.reason === 'wire-update')!;
    // An older wire revision taken back is an edit like any: the conflict stands.
    const first = revisions.find((revision) => revision.reason === 'import')!;
    await call(ctx, 'stories.restoreRevision', { id: 1, number: first.number });
    expect((await call(ctx, 'stories.get', { id: 1 })).wireConflict).toBe(true);

    await call(ctx, 'stories.restoreRevision', { id: 1, number: wire.number });
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({
      headline: 'Версия 2',
      bodyText: 'Поправен текст от агенцията.',
      wireConflict: false,
    });
    // The story is the wire's again: its next version replaces it.
    const next = await call(ctx, 'stories.import', {
      files: [upload('v3.json', ninjs(3, 'Трета версия.'))],
    });
    expect(next.updated[0]).toMatchObject({ id: 1, conflict: false });
  });

  it('stores the embargo and flags it in the inbox, and the expiry with the story', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'e.json',
          ninjs(1, 'Ембаргова новина.', {
            embargoed: '2026-03-15T06:00:00Z',
            expires: '2026-04-15T00:00:00Z',
          }),
        ),
      ],
    });
    expect(await call(ctx, 'stories.list', {})).toMatchObject([
      { embargoUntil: '2026-03-15T06:00:00.000Z' },
    ]);
    // A later version moves it; the stored value follows the wire.
    await call(ctx, 'stories.import', {
      files: [upload('e2.json', ninjs(2, 'Нов текст.', { expires: '2026-05-01T00:00:00Z' }))],
    });
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({
      expiresAt: '2026-05-01T00:00:00.000Z',
    });
  });
});

describe('pasted copy', () => {
  it('imports pasted HTML with its structure, sanitised', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.importText', {
      text: 'ignored when HTML is present',
      html: '<h1>Поставена новина</h1><p>Текст с <b>удебелено</b><script>alert(1)</script> и <a href="javascript:alert(2)">връзка</a>.</p>',
      // As the window names it, in its language: read by its content, not by an extension.
      name: 'Поставен текст',
    });
    expect(report.imported).toMatchObject([{ file: 'Поставен текст', format: 'html' }]);
    const story = await call(ctx, 'stories.get', { id: report.imported[0]!.id });
    expect(story.headline).toBe('Поставена новина');
    expect(story.bodyText).toBe('Текст с удебелено и връзка.');
    expect(JSON.stringify(story.body)).not.toMatch(/javascript:|alert/);
  });

  it('imports pasted plain text', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.importText', {
      text: 'Кратко заглавие\n\nИ текст под него.',
    });
    expect(report.imported[0]).toMatchObject({ headline: 'Кратко заглавие', file: 'pasted.txt' });
    expect(await dispatch(ctx, 'stories.importText', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});

describe('a file the store refuses', () => {
  it('is reported by name and leaves none of its stories, while the rest of the batch lands', async () => {
    const ctx = memoryContext();
    // The store refuses one headline, as it might refuse a row for a reason of its own.
    ctx.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON stories WHEN NEW.headline = 'Отказана'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const feed = `<rss><channel><title>Канал</title>
      <item><guid>a</guid><title>Приета от канала</title><description>Текст едно.</description></item>
      <item><guid>b</guid><title>Отказана</title><description>Текст две.</description></item>
    </channel></rss>`;
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('first.txt', 'Първа\n\nТекст на първата.'),
        upload('feed.xml', feed),
        upload('last.txt', 'Последна\n\nТекст на последната.'),
      ],
    });
    expect(report.failed).toEqual([
      {
        file: 'feed.xml',
        error: 'could not be stored: refused by the test',
        reason: { key: 'notStored', values: { detail: 'refused by the test' } },
      },
    ]);
    expect(report.imported.map((entry) => entry.headline)).toEqual(['Първа', 'Последна']);
    const stored = ctx.db.prepare('SELECT headline FROM stories ORDER BY id').pluck().all();
    // Not even the feed's first item: a file lands whole or not at all.
    expect(stored).toEqual(['Първа', 'Последна']);
  });
});

describe('a store another process holds locked', () => {
  it('reports every file of the batch at once, without retrying each against the lock', async () => {
    const temp = tempFolder();
    try {
      const path = join(temp.path, 'locked.db');
      const ctx = createContext(openStore(path));
      ctx.db.pragma('busy_timeout = 0');
      const other = openStore(path);
      other.exec('BEGIN IMMEDIATE'); // another writer holds the lock
      let transactions = 0;
      const transaction = ctx.db.transaction.bind(ctx.db);
      ctx.db.transaction = ((fn: never) => {
        transactions += 1;
        return transaction(fn);
      }) as typeof ctx.db.transaction;
      const report = await call(ctx, 'stories.import', {
        files: ['a', 'b', 'c'].map((name) => upload(`${name}.txt`, `Новина ${name}\n\nТекст.`)),
      });
      expect(report.failed.map((entry) => entry.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
      expect(report.failed[0]!.error).toMatch(/could not be stored: database is locked/);
      expect(transactions).toBe(1); // not once more per file: each would wait out the timeout
      other.exec('ROLLBACK');
      other.close();
      ctx.db.close();
    } finally {
      temp.cleanup();
    }
  });
});
