import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';

const FIXTURES = join(__dirname, '__fixtures__');
const SAMPLES = process.env.EDITION_WIRE_SAMPLES ?? '/work/shared/wire-samples';

async function importFixture(name: string) {
  return parseWireFile(name, readFileSync(join(FIXTURES, name)));
}

async function importText(name: string, xml: string) {
  return (await parseWireFile(name, new TextEncoder().encode(xml))).stories;
}

describe('NITF importer', () => {
  it('keeps inline classifiers in the sentence and the tagline at the end; the byline without By', async () => {
    const [story] = await importText(
      'inline.xml',
      `<nitf><head><docdata><doc-id id-string="T-1"/></docdata></head><body>
        <body.head><hedline><hl1>Council approves budget</hl1></hedline><byline>By Jane Roe</byline></body.head>
        <body.content><p>The council met in <location>Sofia</location>, <classifier type="x">the capital</classifier>, on Wednesday.</p></body.content>
        <body.end><tagline>Reporting by Jane Roe; editing by John Doe</tagline></body.end>
      </body></nitf>`,
    );
    expect(story!.blocks.map(blockText)).toEqual([
      'The council met in Sofia, the capital, on Wednesday.',
      'Reporting by Jane Roe; editing by John Doe',
    ]);
    expect(story!.byline).toBe('Jane Roe');
  });

  it('reads an embargoed windows-1251 story with its Cyrillic intact', async () => {
    const parsed = await importFixture('nitf-embargoed.xml');
    expect(parsed.charset).toBe('windows-1251');
    expect(parsed.stories).toHaveLength(1);
    const story = parsed.stories[0]!;
    expect(story.format).toBe('nitf');
    expect(story.headline).toBe('Правителството увеличава пенсиите от 1 юли');
    expect(story.wireId).toBe('БТА:bta-20260314-pensii');
    expect(story.wireVersion).toBe(2);
    // Embargoed till a known time: the embargo holds it, and lifts by itself (it is not withheld
    // for good).
    expect(story.pubStatus).toBe('usable');
    expect(story.wireTime).toBe('2026-03-14T06:00:00.000Z');
    expect(story.embargoUntil).toBe('2026-03-14T10:00:00.000Z');
    expect(story.expiresAt).toBe('2026-04-14T22:00:00.000Z');
    expect(story.urgency).toBe(2);
    expect(story.source).toBe('БТА');
    expect(story.byline).toBe('Елена Димитрова');
    expect(story.dateline).toBe('София');
    expect(story.slugline).toBe('пенсии');
    expect(story.subjects).toEqual(['Социални въпроси', 'пенсии', 'бюджет']);
    expect(story.language).toBe('bg');
    expect(story.storyDate).toBe('2026-03-14');
    expect(story.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blockText(story.blocks[0]!)).toBe(
      'Всички пенсии ще бъдат увеличени с 8,6 на сто от 1 юли, реши днес Министерският съвет.',
    );
  });

  it('takes the dateline and agency of the lead where the head gives none', async () => {
    const [story] = await importText(
      'lead.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Пожар в Бургас</title></head><body><body.head><hedline><hl1>Пожар в Бургас</hl1></hedline></body.head>
<body.content><p>Бургас, 28 ноември (БТА) - Голям пожар избухна тази сутрин в склад в промишлената зона.</p></body.content></body></nitf>`,
    );
    expect(story).toMatchObject({ dateline: 'Бургас, 28 ноември', source: 'БТА' });
  });

  it('marks a canceled story and keeps the note to editors', async () => {
    const [story] = (await importFixture('nitf-canceled.xml')).stories;
    expect(story!.pubStatus).toBe('canceled');
    expect(story!.edNote).toBe('Материал отозван: ошибка в цифрах. Не использовать.');
    // No hl1: the document title is the headline.
    expect(story!.headline).toBe('Центробанк снизил ключевую ставку до 15%');
    expect(story!.byline).toBe('Ольга Кузнецова, экономический обозреватель');
    expect(story!.dateline).toBe('МОСКВА, 16 марта');
    expect(story!.storyDate).toBe('2026-03-16');
    expect(story!.language).toBe('ru');
    expect(story!.source).toBe('ТАСС');
    expect(story!.embargoUntil).toBeNull();
  });

  it('records marked-up quotes with their sources and keeps NITF structure', async () => {
    const [story] = (await importFixture('nitf-quotes.xml')).stories;
    expect(story!.quotes).toEqual([
      { text: 'Every pound is accounted for', source: 'Finance Minister Jane Roe' },
      { text: 'These numbers do not add up', source: 'Opposition leader' },
    ]);
    expect(story!.summary).toBe('The minister told parliament the plan was affordable.');
    expect(story!.kicker).toBe('Opposition calls the figures “unrealistic”');
    expect(story!.byline).toBe('John Smith, Political Correspondent');
    expect(story!.source).toBe('Edition Test Wire');
    expect(story!.urgency).toBe(4);
    expect(story!.pubStatus).toBe('usable');
    // Released before it was issued: no embargo.
    expect(story!.embargoUntil).toBeNull();
    expect(story!.subjects).toEqual(['Government budget', '11000000', 'budget', 'economy']);

    const kinds = story!.blocks.map((block) => block.kind);
    expect(kinds).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'quote',
      'list',
    ]);
    expect(blockText(story!.blocks[0]!)).toBe(
      'The Treasury will spend £4bn on rail, Jane Roe said. “Every pound is accounted for”, she told MPs.',
    );
    expect(blockText(story!.blocks[2]!)).toBe('Opposition response');
    expect(blockText(story!.blocks[5]!)).toBe('Opposition spokesman');
    const links = story!.blocks[1]!.kind === 'paragraph' ? story!.blocks[1]!.inlines : [];
    expect(links.filter((inline) => inline.href).map((inline) => inline.href)).toEqual([
      'https://example.com/plan',
    ]);
    expect(
      links.some((inline) => inline.italic && inline.text === 'Figures are provisional.'),
    ).toBe(true);
  });

  it('records pictures and video as media references, not as text', async () => {
    const [story] = (await importFixture('nitf-quotes.xml')).stories;
    expect(story!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://example.com/photos/minister.jpg',
        caption: 'The minister in parliament.',
        mimeType: 'image/jpeg',
      },
      {
        kind: 'video',
        uri: 'https://example.com/video/speech.mp4',
        caption: 'The speech.',
        mimeType: 'video/mp4',
      },
    ]);
    expect(JSON.stringify(story!.blocks)).not.toContain('The minister in parliament');
  });

  it('reads NITF with a namespace prefix by local names', async () => {
    const [story] = await importText(
      'prefixed.xml',
      `<n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/"><n:body><n:body.head><n:hedline>
        <n:hl1>Заглавие</n:hl1></n:hedline></n:body.head><n:body.content><n:p>Първи абзац.</n:p>
        <n:hl2>Подзаглавие</n:hl2><n:p>Втори абзац.</n:p></n:body.content></n:body></n:nitf>`,
    );
    expect(story!.headline).toBe('Заглавие');
    expect(story!.blocks.map((block) => [block.kind, blockText(block)])).toEqual([
      ['paragraph', 'Първи абзац.'],
      ['heading', 'Подзаглавие'],
      ['paragraph', 'Втори абзац.'],
    ]);
  });

  it('reads named, numeric and double-escaped entities in the body as the characters they name', async () => {
    // XML knows none of HTML's names (&eacute;) and agencies escape twice (&amp;#39;): the
    // reader sees the characters meant, in the body as in the headline. An unknown name
    // (&tstr;) stays the text it is.
    const [story] = await importText(
      'entities.xml',
      `<?xml version="1.0"?><nitf><head><docdata><doc-id id-string="ENT-1"/></docdata></head>
      <body><body.head><hedline><hl1>Caf&eacute; owner&amp;#39;s &ldquo;win&rdquo;</hl1></hedline>
      <byline>By Jos&eacute; Garc&iacute;a</byline></body.head>
      <body.content><p>Caf&eacute; &mdash; owner&amp;#39;s &ldquo;big&rdquo; win &tstr; &#8212; AT&amp;T &amp;amp; more.</p></body.content></body></nitf>`,
    );
    expect(story!.headline).toBe("Café owner's “win”");
    expect(story!.byline).toBe('José García');
    expect(story!.blocks.map(blockText)).toEqual([
      "Café — owner's “big” win &tstr; — AT&T & more.",
    ]);
    // An escaped tag is text about markup, and stays as written; other signs are read.
    const [about] = await importText(
      'markup.xml',
      `<nitf><body><body.head><hedline><hl1>Tags</hl1></hedline></body.head>
      <body.content><p>Type &amp;lt;b&amp;gt; for bold.</p><p>Inflation stays &amp;lt; 3% while wages grow &amp;gt; 5%.</p></body.content></body></nitf>`,
    );
    expect(about!.blocks.map(blockText)).toEqual([
      'Type &lt;b&gt; for bold.',
      'Inflation stays < 3% while wages grow > 5%.',
    ]);
    // Only whole names with their semicolon, in the headline as in the body: HTML's legacy
    // names without one ("&not") would turn a bare ampersand before a word into a sign.
    const [bare] = await importText(
      'bare.xml',
      `<nitf><body><body.head><hedline><hl1>Marks&amp;notables&amp;#39; list &amp;para 2</hl1></hedline></body.head>
      <body.content><p>Marks&amp;notables&amp;#39; list &amp;para 2</p></body.content></body></nitf>`,
    );
    expect(bare!.headline).toBe("Marks&notables' list &para 2");
    expect(bare!.blocks.map(blockText)).toEqual(["Marks&notables' list &para 2"]);
  });

  it('reads a byline and dateline made of parts with a comma between the parts', async () => {
    const [ap] = await importText(
      'ap.xml',
      `<nitf><body><body.head><hedline><hl1>Storm</hl1></hedline>
      <byline>By <person>JOHN SMITH</person><byttl>Associated Press Writer</byttl></byline>
      <dateline><location><city>Пловдив</city><country>България</country></location>, <story.date norm="20251127T0930+0200">27 ноември</story.date></dateline>
      </body.head><body.content><p>Текст.</p></body.content></body></nitf>`,
    );
    expect(ap!.byline).toBe('JOHN SMITH, Associated Press Writer');
    expect(ap!.dateline).toBe('Пловдив, България, 27 ноември');
    // Parts the wire already spaced or punctuated are read as written.
    const [bta] = await importText(
      'bta.xml',
      `<nitf><body><body.head><hedline><hl1>Бюджет</hl1></hedline>
      <byline><person>Иван Петров</person> / <byttl>БТА</byttl></byline>
      <dateline><location><city>СОФИЯ</city></location> (<story.date>5 март</story.date>)</dateline>
      </body.head><body.content><p>Текст.</p></body.content></body></nitf>`,
    );
    expect(bta!.byline).toBe('Иван Петров / БТА');
    expect(bta!.dateline).toBe('СОФИЯ (5 март)');
  });

  it('puts the quotation marks of the story’s language around <q> quotes', async () => {
    const story = async (lang: string, quote: string) =>
      (
        await importText(
          'q.xml',
          `<nitf xml:lang="${lang}"><body><body.head><hedline><hl1>Заголовок</hl1></hedline></body.head>
          <body.content><p>Он сказал: <q quote-source="Песков">${quote}</q>.</p></body.content></body></nitf>`,
        )
      )[0]!;
    expect((await story('ru', 'отношения развиваются успешно')).blocks.map(blockText)).toEqual([
      'Он сказал: «отношения развиваются успешно».',
    ]);
    expect((await story('de', 'Die Wahl ist offen')).blocks.map(blockText)).toEqual([
      'Он сказал: „Die Wahl ist offen“.',
    ]);
    expect((await story('bg', 'отношенията се развиват')).blocks.map(blockText)).toEqual([
      'Он сказал: „отношенията се развиват“.',
    ]);
  });

  it('survives hostile nesting depth without overflowing the stack', async () => {
    const depth = 9_000; // just under MAX_XML_DEPTH: deeper is refused before parsing
    const [story] = await importText(
      'deep.xml',
      `<nitf><body><body.content><p>${'<em>'.repeat(depth)}дълбоко${'</em>'.repeat(depth)}</p></body.content></body></nitf>`,
    );
    expect(blockText(story!.blocks[0]!)).toBe('дълбоко');
  });

  it('refuses a document with neither headline nor text', async () => {
    await expect(importText('empty.xml', '<nitf><head/><body/></nitf>')).rejects.toThrow(
      'the NITF document has no headline and no text',
    );
  });
});

describe.skipIf(!existsSync(join(SAMPLES, 'nitf')))('NITF importer on a real NTB sample', () => {
  it('maps the NTB story: headline, identity, urgency, sections and its picture', async () => {
    const file = join(SAMPLES, 'nitf', 'NTB_nitf_sample.xml');
    const [story] = (await parseWireFile('NTB_nitf_sample.xml', readFileSync(file))).stories;
    expect(story!.headline).toBe('Pandemien herjer på den legeløse indiske landsbygda');
    expect(story!.wireId).toBe('NTB:NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00');
    expect(story!.wireVersion).toBe(1);
    expect(story!.urgency).toBe(5);
    expect(story!.byline).toBe('NTB-AFP-DPA');
    expect(story!.dateline).toBe('Unnao');
    expect(story!.language).toBe('nb');
    expect(story!.subjects).toContain('Sykdom');
    const headings = story!.blocks.filter((block) => block.kind === 'heading').map(blockText);
    expect(headings).toContain('Ingen fagfolk');
    expect(story!.media).toHaveLength(1);
    expect(story!.media[0]!.caption).toMatch(/^Kremasjonsbål/);
  });
});
