import { existsSync, readFileSync } from 'node:fs';
import { escapeText } from 'entities';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { KOI8_FEED, LYING_FEED } from './__fixtures__/fixture-texts';
import { SAMPLES, importFixture, texts } from './__fixtures__/read-fixture';

describe('RSS importer', () => {
  it('leaves out picture and video items that have only a title: they are not text stories', async () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Снимки</title><link>https://photo.example/</link>
      <item><title>Flooding in Valencia</title><guid>https://photo.example/1</guid><media:content medium="image" url="https://photo.example/1.jpg"><media:description>Streets under water.</media:description></media:content></item>
      <item><title>VIDEO: Storm hits coast</title><guid>https://photo.example/2</guid><enclosure url="https://photo.example/2.mp4" type="video/mp4" length="1"/></item>
      <item><title>Storm hits coast</title><guid>https://photo.example/3</guid><description>The storm hit the coast overnight.</description><enclosure url="https://photo.example/3.jpg" type="image/jpeg" length="1"/></item>
    </channel></rss>`;
    const { stories } = await parseWireFile('photos.rss', new TextEncoder().encode(rss));
    expect(stories.map((story) => story.headline)).toEqual(['Storm hits coast']);
    expect(stories[0]!.media).toHaveLength(1);
  });

  it('takes a permalink guid as the link of an item that has none, but not a guid that says it is not one', async () => {
    const rss = `<rss version="2.0"><channel><title>Новини</title><link>https://novinite.example/</link>
      <item><title>Първа</title><description>Текст.</description><guid isPermaLink="true">https://novinite.example/articles/1</guid></item>
      <item><title>Втора</title><description>Текст.</description><guid>https://novinite.example/articles/2</guid></item>
      <item><title>Трета</title><description>Текст.</description><guid isPermaLink="false">https://novinite.example/id/3</guid></item>
    </channel></rss>`;
    const { stories } = await parseWireFile('permalinks.rss', new TextEncoder().encode(rss));
    expect(stories.map((story) => story.link)).toEqual([
      'https://novinite.example/articles/1',
      'https://novinite.example/articles/2',
      null,
    ]);
  });

  it('makes relative item links whole: by xml:base, else the feed polled, else the channel link', async () => {
    const rss = (
      base: string,
    ) => `<rss version="2.0"${base}><channel><title>Новини</title><link>https://paper.example/</link>
      <item><title>Първа</title><description>Текст.</description><link>2026/first.html</link></item>
      <item><title>Втора</title><description>Текст.</description><link>/world/second.html</link></item>
      <item><title>Трета</title><description>Текст.</description><link>https://other.example/third.html</link></item>
    </channel></rss>`;
    const links = async (name: string, base: string) =>
      (await parseWireFile(name, new TextEncoder().encode(rss(base)))).stories.map(
        (story) => story.link,
      );
    expect(await links('paper.rss', ' xml:base="https://paper.example/news/"')).toEqual([
      'https://paper.example/news/2026/first.html',
      'https://paper.example/world/second.html',
      'https://other.example/third.html',
    ]);
    expect(await links('https://feeds.paper.example/rss/all.xml', '')).toEqual([
      'https://feeds.paper.example/rss/2026/first.html',
      'https://feeds.paper.example/world/second.html',
      'https://other.example/third.html',
    ]);
    expect(await links('paper.rss', '')).toEqual([
      'https://paper.example/2026/first.html',
      'https://paper.example/world/second.html',
      'https://other.example/third.html',
    ]);
  });

  it('keeps the identity of an item with only a relative link when its link is made whole', async () => {
    const rss = `<rss version="2.0"><channel><title>Новини</title><link>https://paper.example/</link>
      <item><title>Първа</title><description>Текст.</description><link>/first.html</link></item></channel></rss>`;
    const { stories } = await parseWireFile('paper.rss', new TextEncoder().encode(rss));
    // As stored before links were made whole: a later poll must find the same story.
    expect(stories[0]).toMatchObject({
      link: 'https://paper.example/first.html',
      wireId: 'https://paper.example/#/first.html',
    });
  });

  it('makes one story per item with its link, guid, author, categories and media', async () => {
    const { stories } = await importFixture('rss-guardian-like.xml');
    expect(stories).toHaveLength(3);
    const [storm, election, live] = stories;

    expect(storm).toMatchObject({
      format: 'rss',
      headline: 'Storm Ciara closes ports & airports',
      // Not a URI: unique only within its feed, so qualified by it.
      wireId: 'https://daily.example/world#daily-example-storm-ciara-1',
      link: 'https://daily.example/world/2026/mar/14/storm-ciara',
      byline: 'Sam Writer in Dover',
      source: 'The Daily Example',
      language: 'en',
      subjects: ['Weather', 'UK news'],
      wireTime: '2026-03-14T07:26:05.000Z',
      summary: null,
    });
    // The description is the body when there is no full text; the tracking pixel is not media.
    expect(texts(storm!)).toEqual([
      'Ports and airports closed as the storm reached the coast.',
      'Forecasters said winds would ease by Sunday.',
    ]);
    expect(storm!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://img.daily.example/storm.jpg?w=460&s=b',
        caption: 'Waves break over the harbour wall.',
        mimeType: null,
      },
    ]);

    expect(election).toMatchObject({
      summary: 'The governing party lost its majority.',
      byline: 'Pat Reporter',
      source: 'Partner Agency',
      wireTime: '2026-03-14T08:00:00.000Z',
    });
    expect(election!.blocks.map((block) => block.kind)).toEqual(['paragraph', 'quote']);
    expect(JSON.stringify(election!.blocks)).not.toContain('track');
    expect(election!.media).toMatchObject([{ kind: 'video', mimeType: 'video/mp4' }]);

    // An item without text keeps its title as its only paragraph.
    expect(texts(live!)).toEqual(['Live: markets react to the rate decision']);
  });

  it('reads a KOI8-R feed with Yandex full text', async () => {
    const parsed = await importFixture('rss-yandex-ru-koi8.xml');
    expect(parsed.charset).toBe('koi8-r');
    const [story] = parsed.stories;
    expect(story).toMatchObject({
      headline: KOI8_FEED.title,
      source: KOI8_FEED.channel,
      summary: KOI8_FEED.description,
      subjects: [KOI8_FEED.category],
      language: 'ru',
      wireTime: '2026-03-13T15:27:00.000Z',
    });
    expect(texts(story!)).toEqual(KOI8_FEED.fullText);
  });

  it('reads UTF-8 copy that declares ISO-8859-1', async () => {
    const parsed = await importFixture('rss-lying-latin1.xml');
    expect(parsed.charset).toBe('UTF-8');
    expect(parsed.stories[0]).toMatchObject({
      headline: LYING_FEED.title,
      source: LYING_FEED.channel,
    });
    expect(texts(parsed.stories[0]!)).toEqual([LYING_FEED.description]);
  });

  it('reads every date form feeds use, and never fails on one it cannot read', async () => {
    const { stories } = await importFixture('rss-dates.xml');
    expect(stories.map((story) => [story.headline, story.wireTime])).toEqual([
      ['RFC 822', '2026-03-14T08:30:00.000Z'],
      ['ISO with zone', '2026-03-14T08:30:00.000Z'],
      ['Missing zone', '2026-03-14T08:30:00.000Z'],
      ['Russian month', '2026-03-13T15:27:00.000Z'],
      ['Garbage', null],
      ['Dublin Core only', '2026-03-14T06:00:00.000Z'],
      ['Unreadable then Dublin Core', '2026-03-12T12:00:00.000Z'],
    ]);
  });

  it('survives deeply nested HTML in a description', async () => {
    const html = `${'<div>'.repeat(20_000)}Deep text${'</div>'.repeat(20_000)}`;
    const rss = `<rss><channel><title>C</title><item><title>T</title><description>${escapeText(html)}</description></item></channel></rss>`;
    const { stories } = await parseWireFile('deep.xml', Buffer.from(rss));
    expect(texts(stories[0]!)).toEqual(['Deep text']);
  });

  it('records no tracking image as a picture: pixels sized by CSS, trackers, share buttons', async () => {
    const content = `<p>Body text.</p>
      <img src="https://pixel.wp.com/b.gif?v=noscript" style="height:0px;width:0px;overflow:hidden" alt=":)"/>
      <img src="https://stats.example/track?id=1" style="width:1px; height:1px; border:0">
      <img src="http://feeds.feedburner.com/~r/Agency/~4/abcdef" alt="">
      <img src="https://www.google-analytics.com/collect?v=1&amp;t=event" alt="">
      <img src="https://t.example/photo.jpg" alt="Real photo" width="800" height="600">
      <div class="feedflare"><a href="http://feeds.feedburner.com/~ff/Agency?a=xyz"><img src="http://feeds.feedburner.com/~ff/Agency?d=yIl2AUoC8zA" border="0"></a></div>
      <p>Second paragraph.</p>`;
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://t.example/</link>
      <item><title>Tracking</title><guid>https://t.example/1</guid><content:encoded><![CDATA[${content}]]></content:encoded></item></channel></rss>`;
    const [story] = (await parseWireFile('feed.xml', Buffer.from(feed))).stories;
    expect(story!.media.map((ref) => ref.uri)).toEqual(['https://t.example/photo.jpg']);
    expect(texts(story!)).toEqual(['Body text.', 'Second paragraph.']);
  });

  it('reads RSS 1.0 (RDF) items with Dublin Core', async () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://one.example/"><title>RDF Wire</title><dc:language>fr</dc:language></channel>
  <item rdf:about="https://one.example/a"><title>Premier</title><link>https://one.example/a</link><dc:creator>Léa</dc:creator><dc:subject>Politique</dc:subject><dc:date>2026-03-14T08:00:00+01:00</dc:date><description>Le texte.</description></item>
  <item rdf:about="https://one.example/b"><title>Second</title><link>https://one.example/b</link></item>
</rdf:RDF>`;
    const { stories } = await parseWireFile('wire.rdf', Buffer.from(rdf));
    expect(stories).toHaveLength(2);
    expect(stories[0]).toMatchObject({
      headline: 'Premier',
      byline: 'Léa',
      subjects: ['Politique'],
      source: 'RDF Wire',
      language: 'fr',
      wireTime: '2026-03-14T07:00:00.000Z',
    });
  });
});

describe('Atom importer', () => {
  it('makes relative entry links whole by the xml:base in scope, else the feed polled', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/"><title>Atom</title><id>urn:atom</id>
      <entry><id>urn:atom:1</id><updated>2026-03-14T08:00:00Z</updated><title>Първа</title><summary>Текст.</summary><link href="2026/first.html"/></entry>
      <entry xml:base="/sport/"><id>urn:atom:2</id><updated>2026-03-14T08:00:00Z</updated><title>Втора</title><summary>Текст.</summary><link href="second.html"/></entry></feed>`;
    const links = async (name: string, text: string) =>
      (await parseWireFile(name, new TextEncoder().encode(text))).stories.map(
        (story) => story.link,
      );
    expect(await links('atom.xml', atom)).toEqual([
      'https://atom.example/news/2026/first.html',
      'https://atom.example/sport/second.html',
    ]);
    const withoutBase = atom.replace(' xml:base="https://atom.example/news/"', '');
    expect(await links('http://127.0.0.1:8080/feeds/atom.xml', withoutBase)).toEqual([
      'http://127.0.0.1:8080/feeds/2026/first.html',
      'http://127.0.0.1:8080/sport/second.html',
    ]);
  });

  it('keeps a text title as written: an escaped <dialog> is a word, not markup', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>heise</title><id>urn:heise</id>
      <entry><id>urn:heise:1</id><updated>2026-03-14T08:00:00Z</updated>
        <title type="text">HTML5: Das &lt;dialog&gt;-Element ist da</title>
        <content type="html">&lt;p&gt;Browser können es jetzt.&lt;/p&gt;</content></entry>
      <entry><id>urn:heise:2</id><updated>2026-03-14T08:00:00Z</updated>
        <title type="html">Das &lt;b&gt;neue&lt;/b&gt; Element</title>
        <content type="html">&lt;p&gt;Mehr dazu.&lt;/p&gt;</content></entry></feed>`;
    const { stories } = await parseWireFile('heise.atom', new TextEncoder().encode(atom));
    expect(stories.map((story) => story.headline)).toEqual([
      'HTML5: Das <dialog>-Element ist da',
      'Das neue Element',
    ]);
  });

  it('reads html, xhtml and text content, summaries, authors and enclosures', async () => {
    const { stories } = await importFixture('atom.xml');
    expect(stories.map((story) => story.format)).toEqual(['atom', 'atom', 'atom', 'atom']);
    const [bridge, weather, strike, brief] = stories;

    expect(bridge).toMatchObject({
      headline: 'Neue Brücke über den Rhein eröffnet',
      wireId: 'tag:nachrichten.example,2026:bruecke',
      link: 'https://nachrichten.example/bruecke',
      byline: 'Eva Schreiber',
      source: 'Beispiel Nachrichten',
      language: 'de',
      summary: 'Die Brücke verbindet zwei Stadtteile.',
      subjects: ['Verkehr'],
      wireTime: '2026-03-14T09:00:00.000Z',
      storyDate: '2026-03-13',
    });
    expect(texts(bridge!)).toEqual([
      'Nach drei Jahren Bauzeit ist die Brücke offen.',
      'Radfahrer haben eine eigene Spur.',
    ]);
    expect(bridge!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://nachrichten.example/bruecke.jpg',
        caption: 'Die neue Brücke',
        mimeType: 'image/jpeg',
      },
    ]);

    // An entry without an author has the feed's; xhtml keeps its emphasis.
    expect(weather).toMatchObject({
      headline: 'Wetter: Sturm & Regen am Wochenende',
      byline: 'Redaktion Beispiel',
      subjects: ['wetter'],
    });
    expect(weather!.blocks[0]).toMatchObject({
      inlines: [{ text: 'Der Wetterdienst warnt vor ' }, { text: 'Orkanböen', bold: true }, {}],
    });

    // Declared plain text: its "<b>" is text, its blank line a paragraph break.
    expect(texts(strike!)).toEqual([
      'Die Gewerkschaft hat den Streik beendet. Der Tarif <b>steht</b>.',
      'Züge fahren ab Mittag wieder.',
    ]);
    expect(strike!.source).toBe('Partner Agentur');

    expect(texts(brief!)).toEqual(['Nur eine Zusammenfassung, kein Volltext.']);
    expect(brief!.summary).toBeNull();
    expect(brief!.media).toMatchObject([{ uri: 'https://nachrichten.example/kurz-thumb.jpg' }]);
  });
});

const FEEDS = join(SAMPLES, 'feeds');

describe.skipIf(!existsSync(FEEDS))('feed importers on real feeds', () => {
  const load = (name: string) => parseWireFile(name, readFileSync(join(FEEDS, name)));

  it('Guardian RSS 2.0: every item, with its categories and picture', async () => {
    const { stories } = await load('rss-parser_guardian.rss');
    expect(stories).toHaveLength(55);
    expect(stories[0]).toMatchObject({
      headline: 'Trump State of the Union address promised unity but emphasized discord',
      byline: 'David Smith in Washington',
      source: 'The Guardian',
      wireTime: '2018-01-31T07:26:05.000Z',
    });
    expect(stories[0]!.subjects).toContain('Donald Trump');
    expect(stories[0]!.media).toHaveLength(1);
  });

  it('heise Atom: German entries with summaries', async () => {
    const { stories } = await load('rss-parser_heise.atom');
    expect(stories).toHaveLength(15);
    expect(stories[0]!.headline).toBe('Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
    expect(stories[0]!.summary).toContain('größere Release');
    expect(stories[0]!.byline).toBe('heise online');
  });

  it('Russian RSS with Yandex elements: the Cyrillic headline and the full text', async () => {
    const { stories } = await load('RSS-Parser_feed-test-ru.xml');
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      headline: 'СМИ: собака в Таиланде спасла заживо похороненного младенца',
      source: 'Аргументы и Факты',
      language: 'ru',
      subjects: ['Происшествия'],
      wireTime: '2019-05-18T07:52:50.000Z',
    });
    expect(texts(stories[0]!).join(' ')).toContain('Пинг-Понг');
  });
});
