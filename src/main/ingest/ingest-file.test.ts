import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../handlers/dispatch';
import { join } from 'node:path';
import { createContext, type HandlerContext } from '../handlers/context';
import { openStore } from '../store/db';
import { marksIn } from '../lexical/marks';
import { call, memoryContext, tempFolder, upload } from '../test/helpers';

/** A minimal ninjs 1.x item: the wire identity (uri + version) is what this suite is about. */
function ninjs(version: number, body: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    uri: 'urn:test:bta:story-1',
    version: String(version),
    type: 'text',
    versioncreated: `2026-03-14T0${version}:00:00Z`,
    headline: `Версия ${version}`,
    body_text: body,
    ...extra,
  });
}

/** An RSS feed with one item per key, in the order given, all of the same morning. */
function rss(channelDate: string, keys: string[]): string {
  const items = keys.map(
    (key) => `<item><title>Новина ${key}</title><link>https://feed.example/${key}</link>
      <guid>https://feed.example/${key}</guid><pubDate>Mon, 16 Mar 2026 07:00:00 GMT</pubDate>
      <description>Текст на новина ${key}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Емисия</title>
    <link>https://feed.example/</link><pubDate>${channelDate}</pubDate>${items.join('')}</channel></rss>`;
}

/** An editor's change to a story, as the editor's autosave makes it. */
async function editHeadline(ctx: HandlerContext, id: number, headline: string): Promise<void> {
  const story = await call(ctx, 'stories.get', { id });
  await call(ctx, 'stories.save', { id, headline, baseRevision: story.revision });
}

const LONG = (words: string) =>
  `${words} Правителството обсъди днес бюджета за следващата година на извънредно заседание в Министерския съвет. Финансовият министър представи основните параметри и отговори на въпросите на журналистите след края на срещата.`;

describe('wire versions', () => {
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
      { file: 'again.json', id: 1, reason: 'same-version' },
      { file: 'old.json', id: 1, reason: 'older-version' },
    ]);
    expect((await call(ctx, 'stories.get', { id: 1 })).bodyText).toBe('Текст две.');
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

  it('takes a feed polled again as it is: unchanged items are duplicates, a new one is imported', async () => {
    const ctx = memoryContext();
    const first = await call(ctx, 'stories.import', {
      files: [upload('feed.xml', rss('Mon, 16 Mar 2026 08:00:00 GMT', ['a', 'b']))],
    });
    expect(first.imported).toHaveLength(2);
    // An editor works on one of them meanwhile.
    await editHeadline(ctx, 1, 'Редакторско');

    // The next poll: the channel's date moved on, one item was added, the others are the same.
    const again = await call(ctx, 'stories.import', {
      files: [upload('feed.xml', rss('Mon, 16 Mar 2026 09:00:00 GMT', ['c', 'a', 'b']))],
    });
    expect(again.imported.map((entry) => entry.headline)).toEqual(['Новина c']);
    expect(again.updated).toEqual([]);
    expect(again.duplicates.map((entry) => entry.reason)).toEqual(['same-version', 'same-version']);
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({
      headline: 'Редакторско',
      wireConflict: false,
    });
  });

  it('does not flip an item carried by two feeds, a teaser in one and the full text in the other', async () => {
    const ctx = memoryContext();
    const feed = (name: string, description: string) =>
      upload(
        name,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>https://paper.example/${name}</link>
        <item><title>Бюджетът е приет</title><guid>https://paper.example/budget</guid>
        <pubDate>Mon, 16 Mar 2026 07:00:00 GMT</pubDate><description>${description}</description></item></channel></rss>`,
      );
    const teaser = 'Парламентът прие бюджета.';
    const full = 'Парламентът прие бюджета на второ четене след дълъг дебат.';
    const first = await call(ctx, 'stories.import', { files: [feed('top.xml', teaser)] });
    const second = await call(ctx, 'stories.import', { files: [feed('politics.xml', full)] });
    expect(second.updated).toHaveLength(1); // the full text is news
    for (let poll = 0; poll < 2; poll += 1) {
      const top = await call(ctx, 'stories.import', { files: [feed('top.xml', teaser)] });
      const politics = await call(ctx, 'stories.import', { files: [feed('politics.xml', full)] });
      expect([top.updated, politics.updated]).toEqual([[], []]);
      expect(top.duplicates).toHaveLength(1);
    }
    const id = first.imported[0]!.id;
    expect((await call(ctx, 'stories.get', { id })).bodyText).toBe(full);
    expect(await call(ctx, 'stories.revisions', { id })).toHaveLength(2);
  });

  it('recognises stories stored before identities were per story and per feed', async () => {
    // As the store holds them when written by the previous scheme: the content hash of the
    // file (with the item's index and text), and a feed's bare guid.
    const ctx = memoryContext();
    const feed = (channelDate: string) => `<?xml version="1.0"?><rss version="2.0"><channel>
<title>Емисия</title><link>https://feed.example/</link><pubDate>${channelDate}</pubDate>
<item><title>Номер</title><guid isPermaLink="false">1001</guid><description>Текст с номер.</description></item>
<item><title>Без идентификатор</title><description>Текст без идентификатор.</description></item>
</channel></rss>`;
    const first = feed('Mon, 16 Mar 2026 08:00:00 GMT');
    await call(ctx, 'stories.import', { files: [upload('feed.xml', first)] });
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const fileHash = sha(first);
    for (const [index, row] of (
      ctx.db.prepare('SELECT id, body_text FROM stories ORDER BY id').all() as {
        id: number;
        body_text: string;
      }[]
    ).entries())
      ctx.db
        .prepare(
          "UPDATE stories SET content_hash = ?, wire_id = replace(wire_id, 'https://feed.example/#', '') WHERE id = ?",
        )
        .run(sha(`${fileHash}:${index}:${row.body_text}`), row.id);
    await editHeadline(ctx, 1, 'Редакторско');

    // The same feed again, as the previous version read it: nothing new, nothing in conflict.
    const again = await call(ctx, 'stories.import', { files: [upload('feed.xml', first)] });
    expect(again.imported).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.duplicates).toHaveLength(2);
    // The next poll (the channel's date moved on): its guid item is still the stored story.
    const next = await call(ctx, 'stories.import', {
      files: [upload('feed.xml', feed('Mon, 16 Mar 2026 08:15:00 GMT'))],
    });
    expect(next.updated).toEqual([]);
    expect(next.imported.map((entry) => entry.headline)).not.toContain('Номер');
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({ wireConflict: false });
  });

  it('scopes a bare guid by the subscription, not by a channel title or link that may change', async () => {
    const ctx = memoryContext();
    const feed = (url: string, title: string, item: string) =>
      upload(
        url,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>
        <item><title>${item}</title><guid isPermaLink="false">77</guid><description>Текст: ${item}.</description></item></channel></rss>`,
      );
    // Two agencies' feeds, both titled "Wire", without a link: their item 77 is two stories.
    const a = await call(ctx, 'stories.import', {
      files: [feed('https://a.example/rss', 'Wire', 'Наводнение във Видин')],
    });
    const b = await call(ctx, 'stories.import', {
      files: [feed('https://b.example/rss', 'Wire', 'Пожар в Пирин')],
    });
    expect([a.imported.length, b.imported.length, b.updated.length]).toEqual([1, 1, 0]);
    // A channel title that carries the time is the same feed at the next poll: no new story.
    const again = await call(ctx, 'stories.import', {
      files: [feed('https://a.example/rss', 'Wire (обновено 10:01)', 'Наводнение във Видин')],
    });
    expect(again.imported).toEqual([]);
    expect(await call(ctx, 'stories.list', {})).toHaveLength(2);
  });

  it('keeps one story for an item an agency carries in two of its feeds (one channel link)', async () => {
    const ctx = memoryContext();
    const category = (path: string) =>
      upload(
        `https://bta.example/rss/${path}`,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>БТА ${path}</title><link>https://bta.example/</link>
        <item><title>Бюджетът е приет</title><guid isPermaLink="false">1001</guid><description>Текст.</description></item></channel></rss>`,
      );
    const top = await call(ctx, 'stories.import', { files: [category('top')] });
    const politics = await call(ctx, 'stories.import', { files: [category('politics')] });
    expect([top.imported.length, politics.imported.length]).toEqual([1, 0]);
    expect(await call(ctx, 'stories.list', {})).toHaveLength(1);
  });

  it('finds an item stored under its feed title, takes its correction, and rescopes it', async () => {
    const ctx = memoryContext();
    const rssOf = (text: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>БТА</title>
      <item><title>Пожар</title><guid isPermaLink="false">1001</guid><description>${text}</description></item></channel></rss>`;
    // Imported from a file, a feed without a link scopes its ids by its title, as polls did.
    const stored = await call(ctx, 'stories.import', {
      files: [upload('bta.xml', rssOf('Загинали са трима.'))],
    });
    const id = stored.imported[0]!.id;
    const polled = await call(ctx, 'stories.import', {
      files: [upload('https://bta.example/rss.xml', rssOf('Загинали са петима.'))],
    });
    expect(polled.imported).toEqual([]);
    expect(polled.updated).toMatchObject([{ id }]); // the correction, not a duplicate
    const next = await call(ctx, 'stories.import', {
      files: [upload('https://bta.example/rss.xml', rssOf('Загинали са петима.'))],
    });
    expect(next.duplicates).toMatchObject([{ id, reason: 'same-version' }]);
    // Another format's story with the same bare number is never taken for it.
    const nitf = await call(ctx, 'stories.import', {
      files: [
        upload(
          'n.xml',
          `<nitf><head><docdata><doc-id id-string="77"/></docdata></head><body><body.head><hedline><hl1>NITF</hl1></hedline></body.head><body.content><p>Текст.</p></body.content></body></nitf>`,
        ),
      ],
    });
    const sport = await call(ctx, 'stories.import', {
      files: [
        upload(
          'https://sport.example/rss',
          `<rss version="2.0"><channel><item><title>Мач</title><guid isPermaLink="false">77</guid><description>Текст.</description></item></channel></rss>`,
        ),
      ],
    });
    expect(sport.imported).toHaveLength(1);
    expect((await call(ctx, 'stories.get', { id: nitf.imported[0]!.id })).headline).toBe('NITF');
  });

  it("never takes another format's story with the same bare id for an old feed item", async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'budget.xml',
          `<nitf><head><docdata><doc-id regsrc="БТА" id-string="1001"/></docdata></head>
          <body><body.head><hedline><hl1>Правителството одобри бюджета</hl1></hedline></body.head>
          <body.content><p>Текст за бюджета.</p></body.content></body></nitf>`,
        ),
      ],
    });
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'sport.xml',
          `<?xml version="1.0"?><rss version="2.0"><channel><title>БТА</title><link>https://bta.example/sport</link>
          <item><title>Левски би ЦСКА</title><guid isPermaLink="false">1001</guid><description>Текст за мача.</description></item></channel></rss>`,
        ),
      ],
    });
    expect(report.imported.map((entry) => entry.headline)).toEqual(['Левски би ЦСКА']);
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({
      headline: 'Правителството одобри бюджета',
    });
  });

  it("keeps two agencies' items apart when their feeds happen to use the same guid", async () => {
    const ctx = memoryContext();
    const feed = (agency: string, headline: string, date: string) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${agency}</title><link>https://${agency}.example/</link>
<item><title>${headline}</title><guid isPermaLink="false">1001</guid><pubDate>${date}</pubDate>
<description>${headline}: текст на новината.</description></item></channel></rss>`;
    await call(ctx, 'stories.import', {
      files: [
        upload('x.xml', feed('agency-x', 'Земетресение в Чили', 'Mon, 16 Mar 2026 08:00:00 GMT')),
      ],
    });
    const report = await call(ctx, 'stories.import', {
      files: [upload('y.xml', feed('agency-y', 'Футбол', 'Mon, 16 Mar 2026 09:00:00 GMT'))],
    });
    expect(report.imported.map((entry) => entry.headline)).toEqual(['Футбол']);
    const headlines = (await call(ctx, 'stories.list', {})).map((entry) => entry.headline);
    expect(headlines.sort()).toEqual(['Земетресение в Чили', 'Футбол']);
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

describe('near duplicates', () => {
  it('groups the same event rewritten by another agency, and keeps unrelated stories apart', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('tass.txt', `Бюджет 2027\n\n${LONG('Според ТАСС')}`),
        upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`),
        upload(
          'other.txt',
          'Футбол\n\nЛевски победи Славия с два на нула в дербито на столицата снощи пред пълен стадион и много зрители.',
        ),
      ],
    });
    expect(report.imported).toHaveLength(3);
    const inbox = await call(ctx, 'stories.list', {});
    expect(inbox).toHaveLength(2); // the rewrite is folded into its group
    const group = inbox.find((story) => story.similarCount > 0)!;
    expect(group).toMatchObject({ similarCount: 1 });
    const members = await call(ctx, 'stories.list', { similarGroup: group.similarGroup! });
    expect(members.map((story) => story.headline).sort()).toEqual([
      'Бюджет 2027',
      'Бюджетът за 2027 г.',
    ]);
  });

  it('groups a flash with the rewrites of its full story once the update brings the text', async () => {
    const ctx = memoryContext();
    // A flash is too short to compare; the agency's next version of it is the whole story.
    const flash = await call(ctx, 'stories.import', {
      files: [upload('flash.json', ninjs(1, 'Бюджетът е приет.'))],
    });
    const id = flash.imported[0]!.id;
    await call(ctx, 'stories.import', {
      files: [upload('full.json', ninjs(2, LONG('Според ТАСС')))],
    });
    const rewrite = await call(ctx, 'stories.import', {
      files: [upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`)],
    });
    const group = (await call(ctx, 'stories.get', { id })).similarGroup;
    expect(group).not.toBeNull();
    const members = await call(ctx, 'stories.list', { similarGroup: group! });
    expect(members.map((story) => story.id).sort()).toEqual([id, rewrite.imported[0]!.id]);
  });

  it('leaves the group of a story whose update rewrote it into another event', async () => {
    const ctx = memoryContext();
    const tass = await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, LONG('Според ТАСС')))],
    });
    const bta = await call(ctx, 'stories.import', {
      files: [upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`)],
    });
    const id = tass.imported[0]!.id;
    expect((await call(ctx, 'stories.get', { id })).similarGroup).not.toBeNull();
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v2.json',
          ninjs(
            2,
            'Левски победи Славия с два на нула в дербито на столицата снощи пред пълен стадион, а треньорът похвали защитата и вратаря след мача.',
          ),
        ),
      ],
    });
    // Neither is "3 similar" with a story that no longer tells the same event.
    expect((await call(ctx, 'stories.get', { id })).similarGroup).toBeNull();
    const inbox = await call(ctx, 'stories.list', {});
    expect(inbox.map((story) => story.similarCount)).toEqual([0, 0]);
    expect(inbox.map((story) => story.id).sort()).toEqual([id, bta.imported[0]!.id].sort());
  });
});

describe("the wire's own quotes", () => {
  const nitf = (version: number, paragraph: string) =>
    `<nitf><head><docdata><doc-id id-string="Q-1"/><du-key version="${version}"/></docdata></head>
    <body><body.head><hedline><hl1>Бюджет ${version}</hl1></hedline></body.head><body.content>
    <p>${paragraph}</p></body.content></body></nitf>`;

  it('become unverified quote annotations with their speaker, marked in the text', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'q.xml',
          nitf(
            1,
            'Министърът каза: <q quote-source="Асен Василев">Това е бюджет на развитието</q>, и добави още.',
          ),
        ),
      ],
    });
    const id = report.imported[0]!.id;
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotations).toMatchObject([
      {
        type: 'quote',
        status: 'unverified',
        speaker: 'Асен Василев',
        quote: 'Това е бюджет на развитието', // the words; the marks around them are the importer's
        orphaned: false,
      },
    ]);
    const story = await call(ctx, 'stories.get', { id });
    const { text, marks } = marksIn(story.body);
    const range = marks.get(annotations[0]!.id)!;
    expect(text.slice(range.start, range.end)).toBe('Това е бюджет на развитието');
    // The marks change nothing the reader sees, nor what the story is known by.
    expect(story.bodyText).toBe(text);
    const again = await call(ctx, 'stories.import', {
      files: [
        upload(
          'q-again.xml',
          nitf(
            1,
            'Министърът каза: <q quote-source="Асен Василев">Това е бюджет на развитието</q>, и добави още.',
          ),
        ),
      ],
    });
    expect(again.duplicates).toHaveLength(1);
    expect(await call(ctx, 'annotations.list', { storyId: id })).toHaveLength(1);
  });

  it('annotates the same words quoted by two speakers as two quotes', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'twice.xml',
          nitf(
            1,
            'Първо <q quote-source="Иван">Няма да има нови данъци</q>, каза той. После и <q quote-source="Петър">Няма да има нови данъци</q>, повтори другият.',
          ),
        ),
      ],
    });
    const id = report.imported[0]!.id;
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotations.map((entry) => entry.speaker).sort()).toEqual(['Иван', 'Петър']);
    const { marks } = marksIn((await call(ctx, 'stories.get', { id })).body);
    const starts = annotations.map((entry) => marks.get(entry.id)!.start);
    expect(new Set(starts).size).toBe(2); // two places, one mark each
  });

  it('a wire update annotates its new quotes and leaves the old ones to be anchored again', async () => {
    const ctx = memoryContext();
    const first = await call(ctx, 'stories.import', {
      files: [upload('v1.xml', nitf(1, '<q quote-source="А">Първо</q> казано.'))],
    });
    const id = first.imported[0]!.id;
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v2.xml',
          nitf(2, '<q quote-source="А">Първо</q> казано, <q quote-source="Б">второ</q>.'),
        ),
      ],
    });
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    const bySpeaker = [...annotations].sort((a, b) => a.speaker!.localeCompare(b.speaker!));
    // A speaker the fact-checker corrected is the same quote at the next version.
    await call(ctx, 'annotations.update', { id: bySpeaker[1]!.id, speaker: 'Борис Б.' });
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v3.xml',
          nitf(3, '<q quote-source="А">Първо</q> казано, <q quote-source="Б">второ</q>!'),
        ),
      ],
    });
    expect(await call(ctx, 'annotations.list', { storyId: id })).toHaveLength(2);
    expect(bySpeaker.map((entry) => [entry.speaker, entry.orphaned])).toEqual([
      ['А', true], // its mark went with the old body; its quote stands in the new one
      ['Б', false],
    ]);
  });
});

describe('pasted copy', () => {
  it('imports pasted HTML with its structure, sanitised', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.importText', {
      text: 'ignored when HTML is present',
      html: '<h1>Поставена новина</h1><p>Текст с <b>удебелено</b><script>alert(1)</script> и <a href="javascript:alert(2)">връзка</a>.</p>',
    });
    expect(report.imported).toHaveLength(1);
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
