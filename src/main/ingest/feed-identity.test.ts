import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { editHeadline, rss } from '../test/wire-files';

describe('feed items and their identity', () => {
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
  it('takes the first of one guid listed twice in an undated feed: RSS lists the newest first', async () => {
    const ctx = memoryContext();
    const feed = (items: [string, string][]) =>
      upload(
        'https://agency.example/rss',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Агенция</title><link>https://agency.example/</link>${items
          .map(
            ([guid, text]) =>
              `<item><title>Пожар в Пирин</title><guid>https://agency.example/${guid}</guid><description>${text}</description></item>`,
          )
          .join('')}</channel></rss>`,
      );
    // The agency republished item 1 and left the earlier version further down the list.
    const newest = 'Пожарът е овладян, съобщиха от пожарната.';
    const report = await call(ctx, 'stories.import', {
      files: [
        feed([
          ['1', newest],
          ['2', 'Друга новина.'],
          ['1', 'Пожар избухна в Пирин.'],
        ]),
      ],
    });
    expect(report.imported).toHaveLength(2);
    expect(report.updated).toEqual([]);
    const id = report.imported[0]!.id;
    expect((await call(ctx, 'stories.get', { id })).bodyText).toBe(newest);
    expect(await call(ctx, 'stories.revisions', { id })).toHaveLength(1);
    // Where the items are dated, the later date wins wherever it stands.
    const dated = await call(ctx, 'stories.import', {
      files: [
        upload(
          'https://agency.example/dated',
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Агенция</title><link>https://agency.example/</link>
          <item><title>Наводнение</title><guid>https://agency.example/9</guid><pubDate>Mon, 16 Mar 2026 07:00:00 GMT</pubDate><description>Реката преля.</description></item>
          <item><title>Наводнение</title><guid>https://agency.example/9</guid><pubDate>Mon, 16 Mar 2026 09:00:00 GMT</pubDate><description>Водата се оттегля.</description></item>
          </channel></rss>`,
        ),
      ],
    });
    const floodId = dated.imported[0]!.id;
    expect(dated.imported).toHaveLength(1);
    expect((await call(ctx, 'stories.get', { id: floodId })).bodyText).toBe('Водата се оттегля.');
  });
  it('takes a dated item without guid or link, whose text changed, as an update of itself', async () => {
    const ctx = memoryContext();
    const feed = (items: [string, string, string][], channel = '<title>Агенция</title>') =>
      `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items
        .map(
          ([title, date, text]) =>
            `<item><title>${title}</title>${date ? `<pubDate>${date}</pubDate>` : ''}<description>${text}</description></item>`,
        )
        .join('')}</channel></rss>`;
    const poll = (items: [string, string, string][]) =>
      call(ctx, 'stories.import', { files: [upload('https://agency.example/rss', feed(items))] });
    const seven = 'Mon, 16 Mar 2026 07:00:00 GMT';
    const eight = 'Mon, 16 Mar 2026 08:00:00 GMT';
    const first = await poll([
      ['Пожар в Пирин', seven, 'Пожар избухна в Пирин.'],
      // A recurring title is another item at another time…
      ['Валутни курсове', seven, 'Еврото е 1,95583 лева.'],
      ['Валутни курсове', eight, 'Доларът поевтиня.'],
      // …and another title at the same time is another item.
      ['Наводнение', seven, 'Реката преля.'],
    ]);
    expect(first.imported).toHaveLength(4);
    const fire = first.imported[0]!.id;
    const corrected = await poll([
      ['Пожар в Пирин', seven, 'Пожарът е овладян.'],
      ['Валутни курсове', seven, 'Еврото е 1,95583 лева.'],
      ['Валутни курсове', eight, 'Доларът поевтиня.'],
      ['Наводнение', seven, 'Реката преля.'],
    ]);
    expect(corrected.imported).toEqual([]);
    expect(corrected.updated.map((entry) => entry.id)).toEqual([fire]);
    expect((await call(ctx, 'stories.get', { id: fire })).bodyText).toBe('Пожарът е овладян.');
    // Undated, a title is all there is to go by, and titles recur: it stays a story of its own.
    const undated = await poll([['Валутни курсове', '', 'Паундът поскъпна.']]);
    expect(undated.imported).toHaveLength(1);

    // Such an item stored before it had this identity (by its content only) is still known.
    const before = '<description>Стар канал</description>';
    const old = await call(ctx, 'stories.import', {
      files: [upload('old.xml', feed([['Земетресение', seven, 'Земята се разтресе.']], before))],
    });
    const known = await call(ctx, 'stories.import', {
      files: [
        upload(
          'https://old.example/rss',
          feed([['Земетресение', seven, 'Земята се разтресе.']], before),
        ),
      ],
    });
    expect(known.imported).toEqual([]);
    expect(known.duplicates).toMatchObject([{ id: old.imported[0]!.id, reason: 'same-version' }]);
    const fixed = await call(ctx, 'stories.import', {
      files: [
        upload(
          'https://old.example/rss',
          feed([['Земетресение', seven, 'Земята се разтресе два пъти.']], before),
        ),
      ],
    });
    expect(fixed.updated.map((entry) => entry.id)).toEqual([old.imported[0]!.id]);
  });
});
