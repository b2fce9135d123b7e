import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { ninjsVersion } from './ninjs-fields';
import { SAMPLES, importFixture, texts } from './__fixtures__/read-fixture';

describe('ninjs importer', () => {
  it("tells the story from its main body, the abstract body being its summary; the byline's By goes", async () => {
    const { stories } = await parseWireFile(
      'bodies.json',
      new TextEncoder().encode(
        JSON.stringify({
          uri: 'urn:tass:1001',
          type: 'text',
          language: 'ru',
          byline: 'By Anne Smith',
          headlines: [{ role: 'main', value: 'Путин заявил о готовности' }],
          bodies: [
            { role: 'abstract', contenttype: 'text/html', value: '<p>Коротко: готов.</p>' },
            {
              role: 'main',
              contenttype: 'text/html',
              value: '<p>МОСКВА, 26 ноября. /ТАСС/. Россия готова.</p><p>Второй абзац.</p>',
            },
          ],
        }),
      ),
    );
    expect(texts(stories[0]!)).toEqual([
      'МОСКВА, 26 ноября. /ТАСС/. Россия готова.',
      'Второй абзац.',
    ]);
    expect(stories[0]!.summary).toBe('Коротко: готов.');
    expect(stories[0]!.byline).toBe('Anne Smith');
  });

  it('reads ninjs 1.x flat fields, preferring the HTML body and dropping unsafe markup', async () => {
    const { stories } = await importFixture('ninjs-1.json');
    expect(stories).toHaveLength(1);
    const story = stories[0]!;
    expect(story).toMatchObject({
      format: 'ninjs',
      headline: 'Третата линия на метрото тръгва през май',
      wireId: 'urn:newsml:bta.example:20260314:metro-3',
      wireVersion: 3,
      pubStatus: 'usable',
      embargoUntil: '2026-03-14T10:00:00.000Z',
      urgency: 2,
      language: 'bg',
      source: 'БТА',
      byline: 'Мария Иванова',
      dateline: 'София',
      slugline: 'метро-линия-3',
      summary: 'Транспортният министър обяви датата на откриването.',
      subjects: ['Градски транспорт', 'Метро'],
      edNote: 'Да не се публикува преди обед.',
      wireTime: '2026-03-14T08:30:00.000Z',
      storyDate: '2026-03-14',
    });
    expect(texts(story)[0]).toBe('Третата линия ще превозва пътници от 15 май, обяви министърът.');
    expect(story.blocks[0]).toMatchObject({ inlines: [{}, { text: '15 май', bold: true }, {}] });
    const body = JSON.stringify(story.blocks);
    expect(body).not.toMatch(/alert|javascript|steal|текстовата версия/);
    expect(body).toContain('"href":"https://bta.example/metro"');
    expect(story.quotes).toEqual([{ text: 'Искаме всеки лев да бъде проследим', source: null }]);
    expect(story.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://bta.example/photos/metro-3.jpg',
        caption: 'Влак на третата линия на метрото',
        mimeType: 'image/jpeg',
      },
    ]);
  });

  it('reads ninjs 2.x arrays: the main headline, the plain body, and an associated text', async () => {
    const { stories } = await importFixture('ninjs-2.json');
    expect(stories.map((story) => story.headline)).toEqual([
      'Floods cut off villages in the north',
      'Why the rivers rose so fast',
    ]);
    const [story, sidebar] = stories;
    expect(story).toMatchObject({
      summary: 'Rivers expected to peak on Sunday',
      byline: 'Jane Roe',
      source: 'Reuters',
      language: 'en',
      pubStatus: 'withheld',
      embargoUntil: '2026-03-14T11:00:00.000Z',
      urgency: 5,
      wireVersion: 2,
      subjects: ['Weather', 'Disasters'],
    });
    // The body's first line repeats the headline; hard-wrapped lines are joined; &amp; decoded.
    expect(texts(story!)).toEqual([
      'Heavy rain closed roads in three counties on Saturday, leaving several villages cut off.',
      'Rescue teams reached the worst-hit areas by boat & helicopter.',
    ]);
    expect(story!.media).toEqual([
      {
        kind: 'video',
        uri: 'https://wire.example/v/floods.mp4',
        caption: 'Aerial view of the flooded valley',
        mimeType: 'video/mp4',
      },
    ]);
    expect(texts(sidebar!)).toEqual(['Snow melted early after a warm week.']);
    expect(sidebar!.wireId).toBe('urn:newsml:wire.example:20260314:floods-explainer');
  });

  it('reads ninjs 3.x camelCase and keeps a bogus entity as the text the wire sent', async () => {
    const { stories } = await importFixture('ninjs-3.json');
    const [story, facts] = stories;
    expect(story).toMatchObject({
      headline: 'Ålands & Gotlands &tstr; övning – 2026',
      summary: 'Försvarsmakten planerar en stor övning &tstr; i Östersjön.',
      embargoUntil: '2026-03-15T05:00:00.000Z',
      wireTime: '2026-03-14T12:40:18.000Z',
      wireVersion: 4,
      byline: 'Anna Berg',
      dateline: 'Mariehamn',
      source: 'TT',
      language: 'sv',
      subjects: ['Försvar'],
    });
    // The document's <title> and the <h1> repeating the headline are not body text.
    expect(texts(story!)).toEqual(['Övningen samlar 5 000 deltagare &tstr; från tio länder.']);
    // The body figure shows the associated picture: one reference, the association's.
    expect(story!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://wire.example/media/image/aland-1/preview.jpg',
        caption: 'Soldater på Åland under en tidigare övning.',
        mimeType: 'image/jpeg',
      },
    ]);
    expect(facts!.headline).toBe('Fakta: Åland');
    expect(texts(facts!)).toEqual([
      'Åland är demilitariserat sedan 1856.',
      'Ögruppen har cirka 30 000 invånare.',
    ]);
  });

  it('puts the marks of the item’s language around its <q> quotes', async () => {
    const item = JSON.stringify({
      uri: 'urn:test:q',
      type: 'text',
      language: 'ru',
      headline: 'Переговоры в Москве',
      // A quote too short to tell Russian from Bulgarian by its own letters.
      body_html: '<p>Министр ответил: <q>Да, конечно</q>.</p>',
    });
    const [story] = (await parseWireFile('q.json', Buffer.from(item))).stories;
    expect(texts(story!)).toEqual(['Министр ответил: «Да, конечно».']);
  });

  it('takes the section TT heads its HTML body with as the kicker, not as text', async () => {
    const item = JSON.stringify({
      uri: 'urn:test:dat',
      type: 'text',
      headline: 'Учение на армията',
      bodies: [
        {
          role: 'html5',
          contentType: 'text/html',
          value:
            '<html><body><article><div class="dat"><span class="vignette">Отбрана</span>' +
            '<span class="source">БТА</span></div><div class="bodytext"><p>Учението ще е през април.</p></div></article></body></html>',
        },
      ],
    });
    const [story] = (await parseWireFile('dat.json', Buffer.from(item))).stories;
    expect(story).toMatchObject({ kicker: 'Отбрана' });
    // Not "ОтбранаБТА" as a first paragraph.
    expect(texts(story!)).toEqual(['Учението ще е през април.']);
  });

  it.each([
    [
      'holds the story text',
      '<div class="bodytext"><div class="dat"><p>Учението ще е през април.</p></div></div>',
      ['Учението ще е през април.'],
    ],
    [
      'comes after the text',
      '<p>Учението ще е през април.</p><div class="dat"><span class="vignette">Факти</span></div>',
      ['Учението ще е през април.', 'Факти'],
    ],
    [
      'comes after a subheading',
      '<h2>Факти</h2><div class="dat"><span class="vignette">Отбрана</span></div><p>Текст.</p>',
      ['Факти', 'Отбрана', 'Текст.'],
    ],
    [
      'comes after bare text',
      'Начало.<div class="dat"><span class="vignette">Отбрана</span></div><p>Текст.</p>',
      ['Начало.', 'Отбрана', 'Текст.'],
    ],
    [
      'holds more than the section and the source',
      '<div class="dat"><span class="dateline">СОФИЯ</span></div><p>Учението ще е през април.</p>',
      ['СОФИЯ', 'Учението ще е през април.'],
    ],
  ])('keeps a div.dat that %s as text', async (_case, html, paragraphs) => {
    const item = JSON.stringify({
      uri: 'urn:test:dat2',
      type: 'text',
      headline: 'Учение',
      body_html: html,
    });
    const [story] = (await parseWireFile('dat.json', Buffer.from(item))).stories;
    expect(story!.kicker).toBeNull();
    expect(texts(story!)).toEqual(paragraphs);
  });

  it('imports every text of an array, its pictures as their media (not stories)', async () => {
    const { stories } = await importFixture('ninjs-array.json');
    expect(stories.map((story) => story.headline)).toEqual([
      'Parliament passes the budget',
      'Airport strike called off',
    ]);
    for (const story of stories)
      expect(story.media).toContainEqual(
        expect.objectContaining({
          kind: 'picture',
          uri: 'urn:newsml:wire.example:20260314:photo-1',
          caption: 'The vote in the chamber',
        }),
      );
  });

  it('refuses a picture item on its own, saying why', async () => {
    const picture = { uri: 'urn:x:photo', type: 'picture', headline: 'A photo' };
    await expect(parseWireFile('photo.json', Buffer.from(JSON.stringify(picture)))).rejects.toThrow(
      'not a text story: picture item',
    );
  });

  it.each([
    [{ uri: 'u', headline: 'h', body_text: 'b' }, 1],
    [{ uri: 'u', headlines: [{ value: 'h' }] }, 2],
    [{ uri: 'u', versionCreated: '2026-03-14' }, 3],
    [{ uri: 'u', ninjsVersion: '2.1', headline: 'h' }, 2],
  ])('detects the ninjs version of %j', (item, version) => {
    expect(ninjsVersion(item)).toBe(version);
  });
});

const NINJS = join(SAMPLES, 'ninjs');

describe.skipIf(!existsSync(NINJS))('ninjs importer on real agency samples', () => {
  const load = (name: string) => parseWireFile(name, readFileSync(join(NINJS, name)));

  it('ninjs 1.4 simple text (AP example)', async () => {
    const [story] = (await load('ninjsExSimpleText1.json')).stories;
    expect(story!.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(story!.byline).toBe("Paulo Santalucia and Frances d'Emilio");
    expect(story!.blocks).toHaveLength(4);
  });

  it('ninjs 2.1 dpa text', async () => {
    const [story] = (await load('dpa_text.json')).stories;
    expect(story).toMatchObject({
      headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?',
      byline: 'Christian Hollmann, dpa',
      source: 'dpa',
      language: 'de',
      wireVersion: 2,
      urgency: 4,
    });
    expect(texts(story!)[0]).toContain('«der größte Skandal im Fußball seit Jahren»');
  });

  it('ninjs 3.0 TT text with a picture', async () => {
    const [story] = (await load('tt_text_image_3.json')).stories;
    expect(story).toMatchObject({
      headline: 'Militärövning i jätteformat hålls 2023',
      source: 'TT',
      slugline: 'militärövning',
      pubStatus: 'usable',
      subjects: ['Krig, konflikter och oroligheter'],
      // Its "expires": the agency's permission to use it ends then.
      expiresAt: '2023-05-30T22:00:00.000Z',
    });
    // The web-sized rendition, where it can be fetched: not the 4,724-pixel original, not the
    // watermarked proof, not the identifier in `uri`; the description is its caption.
    expect(story!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalPreview.jpg',
        caption: expect.stringMatching(/^En stor internationell försvarsövning planeras 2023/),
        mimeType: 'image/jpeg',
      },
    ]);
    expect(story!.kicker).toBe('Försvar');
    expect(texts(story!)[0]).toMatch(/^Pandemin satte stopp/);
    expect(story!.blocks.some((block) => block.kind === 'quote')).toBe(true);
    // The HTML body's <title> and <h1> repeat the headline; neither becomes body text.
    expect(texts(story!)).not.toContain('Militärövning i jätteformat hålls 2023');
    // TT's bogus &tstr; is only in its TTNITF (XML) body, which the HTML body supersedes;
    // ninjs-3.json covers a bogus entity in the fields Edition reads.
    expect(story!.summary).toContain('rapporterar Sydöstran . – Aurora 2023');
  });
});
