import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { ninjs } from '../test/wire-files';
import { call, memoryContext, upload } from '../test/helpers';

const STORY = 'date 2026-03-14 Kicker\n\nЗаглавие на новината\n\nПърви абзац.\n\nВтори абзац.';

describe('request dispatch', () => {
  it('answers unknown requests and invalid payloads with errors naming the field', async () => {
    const ctx = memoryContext();
    expect(await dispatch(ctx, 'stories.delete-everything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_request' },
    });
    const invalid = await dispatch(ctx, 'stories.get', { id: 'one' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!invalid.ok && invalid.error.message).toMatch(/id:/);
    // Named as data too, so that a form saving several fields can drop just the refused ones.
    expect(!invalid.ok && invalid.error.fields).toEqual(['id']);
    const badDate = await dispatch(ctx, 'digests.create', { date: '2026-02-30' });
    expect(!badDate.ok && badDate.error.message).toMatch(/date: not a real calendar date/);
    expect(await dispatch(ctx, 'settings.set', { language: 'fr' })).toMatchObject({ ok: false });
  });

  it('answers not_found for a story or digest that does not exist', async () => {
    const ctx = memoryContext();
    expect(await dispatch(ctx, 'stories.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch(ctx, 'digests.export', { id: 7, format: 'html' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('stories', () => {
  it('imports good files, reports bad ones by name, and recognises a repeat', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [upload('good.txt', STORY), upload('empty.txt', ''), upload('again.txt', STORY)],
    });
    expect(report.imported).toEqual([
      { id: 1, headline: 'Заглавие на новината', format: 'text', file: 'good.txt' },
    ]);
    expect(report.failed).toEqual([
      { file: 'empty.txt', error: 'the file is empty', reason: { key: 'empty' } },
    ]);
    expect(report.duplicates).toEqual([
      { file: 'again.txt', id: 1, headline: 'Заглавие на новината', reason: 'same-content' },
    ]);

    const story = await call(ctx, 'stories.get', { id: 1 });
    expect(story).toMatchObject({
      storyDate: '2026-03-14',
      kicker: 'Kicker',
      revision: 1,
      fileName: 'good.txt',
    });
    expect(story.bodyText).toBe('Първи абзац.\n\nВтори абзац.');
  });

  it('saves an edited body as a new revision and derives its text', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', STORY)] });
    const story = await call(ctx, 'stories.get', { id: 1 });
    const body = structuredClone(story.body);
    const paragraph = body.root.children[0] as { children: { text: string }[] };
    paragraph.children[0]!.text = 'Редактиран абзац.';

    const saved = await call(ctx, 'stories.save', {
      id: 1,
      body,
      headline: 'Ново заглавие',
      baseRevision: 1,
    });
    expect(saved.revision).toBe(2);
    const reread = await call(ctx, 'stories.get', { id: 1 });
    expect(reread.headline).toBe('Ново заглавие');
    expect(reread.bodyText).toBe('Редактиран абзац.\n\nВтори абзац.');
    const revisions = await call(ctx, 'stories.revisions', { id: 1 });
    expect(revisions.map((revision) => [revision.number, revision.reason])).toEqual([
      [2, 'edit'],
      [1, 'import'],
    ]);
  });

  it('refuses a save from a stale editor with a conflict, writing nothing', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', STORY)] });
    await call(ctx, 'stories.save', { id: 1, headline: 'First', baseRevision: 1 });
    const stale = await dispatch(ctx, 'stories.save', {
      id: 1,
      headline: 'Second',
      baseRevision: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call(ctx, 'stories.get', { id: 1 })).headline).toBe('First');
  });

  it('saves a stale editor over another editor when told, keeping that version a revision', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', STORY)] });
    await call(ctx, 'stories.save', { id: 1, headline: 'First', baseRevision: 1 });
    await call(ctx, 'stories.save', {
      id: 1,
      headline: 'Second',
      baseRevision: 1,
      overwrite: true,
    });
    const story = await call(ctx, 'stories.get', { id: 1 });
    expect(story).toMatchObject({ headline: 'Second', wireConflict: false });
    const revisions = await call(ctx, 'stories.revisions', { id: 1 });
    expect(revisions.map((revision) => revision.headline)).toContain('First');
  });

  it('keeps a wire update that came meanwhile and flags the conflict when an editor saves over it', async () => {
    const ctx = memoryContext();
    const v1 = ninjs(1, 'Ръстът е 3,1 процента през годината.');
    await call(ctx, 'stories.import', { files: [upload('v1.json', v1)] });
    const opened = await call(ctx, 'stories.get', { id: 1 });
    const v2 = ninjs(2, 'Ръстът е 3,7 процента през годината.');
    await call(ctx, 'stories.import', { files: [upload('v2.json', v2)] });
    await call(ctx, 'stories.save', {
      id: 1,
      headline: opened.headline,
      baseRevision: opened.revision,
      overwrite: true,
    });
    const story = await call(ctx, 'stories.get', { id: 1 });
    expect(story.wireConflict).toBe(true); // "the wire changed over your edits", with both kept
    const revisions = await call(ctx, 'stories.revisions', { id: 1 });
    expect(revisions.some((revision) => revision.reason === 'wire-update')).toBe(true);
  });

  it('refuses a body that Lexical cannot read', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', STORY)] });
    const result = await dispatch(ctx, 'stories.save', {
      id: 1,
      body: { root: { type: 'root', children: [{ type: 'no-such-node', version: 1 }] } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!result.ok && result.error.message).toMatch(/^body:/);
    expect((await call(ctx, 'stories.get', { id: 1 })).revision).toBe(1);
  });
});

describe('digests', () => {
  it('creates a digest, appends stories once each, removes and renumbers', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload('a.txt', 'A headline\n\nA body.'),
        upload('b.txt', 'B headline\n\nB body.'),
        upload('c.txt', 'C headline\n\nC body.'),
      ],
    });
    const created = await call(ctx, 'digests.create', { date: '2026-03-14' });
    // Untitled: named in the edition's language (Bulgarian by default), the subject the same.
    expect(created).toMatchObject({
      id: 1,
      title: 'Издание от 14 март 2026 г.',
      subject: 'Издание от 14 март 2026 г.',
      items: [],
    });

    await call(ctx, 'digests.addStory', { digestId: 1, storyIds: [2, 1] });
    const digest = await call(ctx, 'digests.addStory', { digestId: 1, storyIds: [1, 3] });
    expect(digest.items.map((item) => [item.storyId, item.position])).toEqual([
      [2, 0],
      [1, 1],
      [3, 2],
    ]);
    const afterRemove = await call(ctx, 'digests.removeItem', {
      digestId: 1,
      itemId: digest.items[1]!.id,
    });
    expect(afterRemove.items.map((item) => [item.storyId, item.position])).toEqual([
      [2, 0],
      [3, 1],
    ]);
    expect(await call(ctx, 'digests.list', {})).toMatchObject([{ id: 1, itemCount: 2 }]);

    // Renamed, its subject line follows the title until one is written apart from it.
    const renamed = await call(ctx, 'digests.update', { id: 1, title: 'Неделно издание' });
    expect(renamed).toMatchObject({ title: 'Неделно издание', subject: 'Неделно издание' });
    await call(ctx, 'digests.update', { id: 1, subject: 'Най-важното от седмицата' });
    const again = await call(ctx, 'digests.update', { id: 1, title: 'Неделя' });
    expect(again).toMatchObject({ title: 'Неделя', subject: 'Най-важното от седмицата' });
  });

  it('previews an edition the checks stop, with the findings, and records no override', async () => {
    const ctx = memoryContext();
    const digest = await call(ctx, 'digests.create', { date: '2026-11-27', title: 'Празно' });
    await expect(call(ctx, 'digests.export', { id: digest.id, format: 'email' })).rejects.toThrow(
      /no stories/,
    );
    const preview = await call(ctx, 'digests.preview', { id: digest.id, format: 'email' });
    expect(preview.content).toContain('Празно');
    expect(preview.findings.map((finding) => finding.code)).toContain('edition-empty');
    expect(ctx.db.prepare('SELECT count(*) FROM export_overrides').pluck().get()).toBe(0);
    // A reason too short to be one says how long it must be.
    await expect(
      call(ctx, 'digests.export', { id: digest.id, format: 'email', override: { reason: 't' } }),
    ).rejects.toThrow(/say why the checks are overridden, in 3 characters or more/);
  });

  it('presents an English story in the edition’s language once the editor wrote its headline', async () => {
    const ctx = memoryContext();
    const english = ninjs(1, 'The Bank of England raised rates today, its governor said.', {
      language: 'en',
      headline: 'Bank of England raises rates',
      link: 'https://example.org/rates',
    });
    const report = await call(ctx, 'stories.import', { files: [upload('en.json', english)] });
    let digest = await call(ctx, 'digests.create', { date: '2026-11-27', title: 'Сутрин' });
    digest = await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [report.imported[0]!.id],
    });
    const itemId = digest.items[0]!.id;
    const web = async () =>
      (await call(ctx, 'digests.preview', { id: digest.id, format: 'html' })).content;
    expect(await web()).toMatch(/<article id="story-\d+" lang="en">/);
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId,
      headlineOverride: 'Английската централна банка вдигна лихвите',
    });
    const html = await web();
    expect(html).toMatch(/<article id="story-\d+">/);
    expect(html).toContain('<div lang="en">');
  });

  it('refuses to add a story that does not exist', async () => {
    const ctx = memoryContext();
    await call(ctx, 'digests.create', { date: '2026-03-14', title: 'Morning' });
    expect(await dispatch(ctx, 'digests.addStory', { digestId: 1, storyIds: [99] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('settings', () => {
  it('persists the UI language; null means follow the system', async () => {
    const ctx = memoryContext();
    expect(await call(ctx, 'settings.get', {})).toEqual({
      language: null,
      authorName: null,
      backupKeep: 7,
      editionDefaults: {
        timezone: 'Europe/Sofia',
        closeTime: '07:00',
        language: 'bg',
        sections: [],
      },
      branding: {
        publication: 'Edition',
        accent: '#b3261e',
        logoUrl: null,
        siteUrl: null,
        senderAddress: null,
        unsubscribeUrl: null,
      },
    });
    await call(ctx, 'settings.set', { language: 'bg', authorName: 'Мария' });
    expect(await call(ctx, 'settings.get', {})).toMatchObject({
      language: 'bg',
      authorName: 'Мария',
    });
  });

  it('merges edition defaults and branding field by field, and new editions start from them', async () => {
    const ctx = memoryContext();
    await call(ctx, 'settings.set', {
      editionDefaults: { closeTime: '06:30', sections: ['Водещи', 'България', 'Свят'] },
      branding: { publication: '24 часа', accent: '#1f4fd1' },
    });
    const settings = await call(ctx, 'settings.set', {
      branding: { siteUrl: 'https://example.bg/edition' },
    });
    expect(settings.editionDefaults).toEqual({
      timezone: 'Europe/Sofia',
      closeTime: '06:30',
      language: 'bg',
      sections: ['Водещи', 'България', 'Свят'],
    });
    expect(settings.branding).toEqual({
      publication: '24 часа',
      accent: '#1f4fd1',
      logoUrl: null,
      siteUrl: 'https://example.bg/edition',
      senderAddress: null,
      unsubscribeUrl: null,
    });
    const digest = await call(ctx, 'digests.create', { date: '2026-11-27' });
    expect(digest.closeTime).toBe('06:30');
    expect(digest.sections.map((section) => section.name)).toEqual(['Водещи', 'България', 'Свят']);
    // Still empty: sent only over the checks, as a look at the branding.
    const override = { reason: 'a look at the branding' };
    const html = (await call(ctx, 'digests.export', { id: digest.id, format: 'email', override }))
      .content;
    expect(html).toContain('24 часа');
    expect(html).toContain('#1f4fd1');
    // A mail service's merge tag is taken as an unsubscribe link, as are web and mailto: ones.
    for (const unsubscribeUrl of ['*|UNSUB|*', '{{unsubscribe}}', 'mailto:off@24chasa.bg'])
      expect(
        (await call(ctx, 'settings.set', { branding: { unsubscribeUrl } })).branding,
      ).toMatchObject({ unsubscribeUrl });
  });

  it('refuses settings that exports could not use, naming the field', async () => {
    const ctx = memoryContext();
    for (const [update, message] of [
      [{ branding: { accent: 'red' } }, /branding.accent: expected a colour as #rrggbb/],
      [{ branding: { logoUrl: 'http://example.bg/logo.png' } }, /logo must be an https address/],
      // Addresses the exports would drop without a word are refused here instead.
      [{ branding: { logoUrl: 'https://example.bg/our logo.png' } }, /logo must be an https/],
      [{ branding: { siteUrl: 'https://[example.bg/' } }, /expected an http\(s\) address/],
      [{ branding: { siteUrl: 'https://24chasa.bg/ today' } }, /expected an http\(s\) address/],
      [{ branding: { senderAddress: 'Бюлетин <bulletin@24chasa.bg>' } }, /an email address/],
      [{ branding: { unsubscribeUrl: 'javascript:alert(1)' } }, /merge tag/],
      [{ branding: { unsubscribeUrl: 'отпиши ме' } }, /merge tag/],
      [{ editionDefaults: { timezone: 'Europe/Nowhere' } }, /not a time zone/],
      [{ editionDefaults: { closeTime: '25:00' } }, /HH:MM/],
    ] as const) {
      const result = await dispatch(ctx, 'settings.set', update);
      expect(!result.ok && result.error.message).toMatch(message);
    }
  });
});
