import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';

const FIXTURES = join(__dirname, '__fixtures__');
const SAMPLES = join(process.env.EDITION_WIRE_SAMPLES ?? '/work/shared/wire-samples', 'newsml-g2');

async function importFixture(name: string) {
  return (await parseWireFile(name, readFileSync(join(FIXTURES, name)))).stories;
}

async function importText(name: string, xml: string) {
  return (await parseWireFile(name, new TextEncoder().encode(xml))).stories;
}

describe('NewsML-G2 importer', () => {
  it("does not repeat the headline as the XHTML body's first paragraph", async () => {
    const [story] = await importText(
      'xhtml.xml',
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:t:xhtml" version="1">
        <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta><headline>Storm closes port</headline></contentMeta>
        <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
          <h1>Storm closes port</h1><p>A storm closed the port of Burgas.</p>
        </body></html></inlineXML></contentSet>
      </newsItem>`,
    );
    expect(story!.blocks.map(blockText)).toEqual(['A storm closed the port of Burgas.']);
  });

  it('holds an item whose embargo has no time yet (an empty embargoed), as it holds withheld copy', async () => {
    const item = (embargoed: string, status = 'stat:usable') =>
      importText(
        'held.xml',
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:t:held" version="1">
          <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="${status}"/>${embargoed}</itemMeta>
          <contentMeta><headline>Held</headline></contentMeta>
        </newsItem>`,
      );
    const [empty] = await item('<embargoed/>');
    expect(empty).toMatchObject({ pubStatus: 'withheld', embargoUntil: null });
    const [dated] = await item('<embargoed>2026-03-14T10:00:00Z</embargoed>');
    expect(dated).toMatchObject({ pubStatus: 'usable', embargoUntil: '2026-03-14T10:00:00.000Z' });
    const [canceled] = await item('<embargoed/>', 'stat:canceled');
    expect(canceled!.pubStatus).toBe('canceled');
    const [none] = await item('');
    expect(none).toMatchObject({ pubStatus: 'usable', embargoUntil: null });
  });

  it('reads base64 inline data in the charset its content type names', async () => {
    const encoded = iconv
      .encode('Текст в windows-1251.\n\nВтори абзац.', 'windows-1251')
      .toString('base64');
    const [story] = await importText(
      'b64.xml',
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:t:b64" version="1">
        <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta><language tag="bg"/><headline>Новина</headline></contentMeta>
        <contentSet><inlineData contenttype="text/plain; charset=windows-1251" encoding="base64">${encoded}</inlineData></contentSet>
      </newsItem>`,
    );
    expect(story!.blocks.map(blockText)).toEqual(['Текст в windows-1251.', 'Втори абзац.']);
  });

  it('maps a namespaced text item: identity, status, embargo and the people behind it', async () => {
    const [story, ...rest] = await importFixture('newsml-g2-text.xml');
    expect(rest).toHaveLength(0);
    expect(story!.format).toBe('newsml-g2');
    expect(story!.headline).toBe('Третият лъч на метрото ще бъде готов до 2028 г.');
    expect(story!.kicker).toBe('Общината търси още 40 млн. лв.');
    expect(story!.summary).toBe('Кметът представи графика на строежа пред общинския съвет.');
    expect(story!.wireId).toBe('urn:newsml:edition.test:20260314:bg-metro-sofia');
    expect(story!.wireVersion).toBe(3);
    expect(story!.pubStatus).toBe('usable');
    expect(story!.embargoUntil).toBe('2026-03-14T10:00:00.000Z');
    expect(story!.edNote).toBe('Ембарго до 12:00 ч. българско време.');
    expect(story!.wireTime).toBe('2026-03-14T07:45:00.000Z');
    expect(story!.urgency).toBe(3);
    expect(story!.slugline).toBe('БГ-МЕТРО-ЛЪЧ');
    expect(story!.byline).toBe('Мария Иванова');
    expect(story!.dateline).toBe('София');
    expect(story!.source).toBe('БТА');
    expect(story!.subjects).toEqual(['градски транспорт', 'medtop:11000000']);
    expect(story!.language).toBe('bg');
  });

  it('reads a prefixed XHTML body into blocks, dropping scripts and the XHTML head', async () => {
    const [story] = await importFixture('newsml-g2-text.xml');
    expect(story!.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list',
    ]);
    expect(blockText(story!.blocks[0]!)).toBe(
      'Строежът на третия лъч започва през май, съобщи кметът. „Искаме всеки лев да бъде проследим“, добави той.',
    );
    expect(story!.quotes).toEqual([
      { text: 'Искаме всеки лев да бъде проследим', source: 'Кметът на София' },
    ]);
    const body = JSON.stringify(story!.blocks);
    expect(body).toContain('https://example.com/budget');
    expect(body).not.toContain('alert');
    expect(body).not.toContain('Служебно заглавие');
  });

  it('imports a document without the NewsML-G2 namespace', async () => {
    const [story] = await importFixture('newsml-g2-no-namespace.xml');
    expect(story!.headline).toBe('Экспорт зерна из России вырос на 12%');
    expect(story!.pubStatus).toBe('withheld');
    expect(story!.edNote).toBe('Не публиковать до проверки цифр.');
    expect(story!.byline).toBe('Алексей Смирнов, корреспондент');
    expect(story!.dateline).toBe('МОСКВА, 15 марта');
    expect(story!.source).toBe('ТАСС');
    expect(story!.subjects).toEqual(['сельское хозяйство', 'экспорт']);
    expect(story!.urgency).toBe(5);
    expect(story!.language).toBe('ru');
    expect(story!.blocks.map(blockText)).toEqual([
      'Экспорт зерна из России за первые два месяца года вырос на 12%, сообщили в министерстве.',
      'Основной рост пришёлся на пшеницу, которую закупали страны Ближнего Востока.',
      'Эксперты ожидают, что весной спрос снизится.',
    ]);
  });

  it('takes the main headline by its role, though a short one comes first', async () => {
    const [story] = await importText(
      'roles.xml',
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">
        <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
        <contentMeta>
          <headline role="hld:short">Grève SNCF</headline>
          <headline role="hld:main">Grève à la SNCF : trafic très perturbé mercredi</headline>
          <headline role="hld:subHeadline">Un train sur trois en Île-de-France</headline>
        </contentMeta>
        <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Texte.</p></body></html></inlineXML></contentSet>
      </newsItem>`,
    );
    expect(story!.headline).toBe('Grève à la SNCF : trafic très perturbé mercredi');
    expect(story!.summary).toBe('Un train sur trois en Île-de-France');
  });

  it('gives one story per text item of a message and attaches its picture to them', async () => {
    const stories = await importFixture('newsml-g2-message.xml');
    expect(stories.map((story) => story.headline)).toEqual([
      'Parliament passes the 2026 budget',
      'Парламентът прие бюджета за 2026 г.',
    ]);
    const picture = {
      kind: 'picture',
      uri: 'https://example.com/photos/parliament.jpg',
      caption: 'Депутатите гласуват бюджета. Снимка: Тест',
      mimeType: 'image/jpeg',
    };
    for (const story of stories) expect(story.media).toEqual([picture]);
    expect(stories[0]!.quotes).toEqual([
      { text: 'The vote is final', source: 'Speaker of Parliament' },
    ]);
    expect(stories[0]!.byline).toBe('Jane Doe');
    expect(stories[0]!.source).toBe('Edition Test Wire');
    expect(stories[1]!.blocks.map(blockText)).toEqual([
      'Депутатите приеха бюджета късно в понеделник.',
      'Гласуването продължи повече от шест часа.',
    ]);
    expect(stories[1]!.language).toBe('bg');
  });

  it("keeps a package's order, its own and referenced stories, and each group's picture", async () => {
    const stories = await importFixture('newsml-g2-package.xml');
    expect(stories.map((story) => story.headline)).toEqual([
      'Първи в бюлетина: нов мост над Дунав',
      'Second in the package: markets open higher',
      'Времето: слънчево и топло',
      'Вне пакета: новости культуры',
    ]);
    const packageId = 'urn:newsml:edition.test:20260317:morning-digest';
    expect(stories.slice(0, 3).map((story) => story.packageRef)).toEqual([
      { id: packageId, title: 'Сутрешен бюлетин', position: 0 },
      { id: packageId, title: 'Сутрешен бюлетин', position: 1 },
      { id: packageId, title: 'Сутрешен бюлетин', position: 2 },
    ]);
    expect(stories[3]!.packageRef).toBeNull();

    // The bridge picture sits in the bridge story's group only.
    expect(stories[0]!.media.map((ref) => ref.uri)).toEqual([
      'https://example.com/photos/bridge.jpg',
    ]);
    expect(stories[1]!.media).toEqual([]);

    const referenced = stories[2]!;
    expect(referenced.wireId).toBe('urn:newsml:elsewhere.test:20260317:weather');
    expect(referenced.wireVersion).toBe(7);
    expect(referenced.summary).toBe('Температурите ще достигнат 22 градуса.');
    expect(referenced.blocks.map(blockText)).toEqual(['Температурите ще достигнат 22 градуса.']);
  });

  it('merges an inline NITF body under the item metadata, which wins', async () => {
    const [story] = await importFixture('newsml-g2-nitf-inline.xml');
    expect(story!.format).toBe('newsml-g2');
    expect(story!.wireId).toBe('urn:newsml:edition.test:20260318:bg-energy');
    expect(story!.wireVersion).toBe(4);
    expect(story!.pubStatus).toBe('usable');
    expect(story!.urgency).toBe(4);
    expect(story!.headline).toBe('Енергийният министър: Цените на тока няма да се променят');
    // What the item does not say comes from the NITF.
    expect(story!.byline).toBe('Петър Георгиев, репортер');
    expect(story!.dateline).toBe('Варна, 18 март');
    expect(story!.subjects).toEqual(['електроенергия', 'енергетика']);
    expect(story!.quotes).toEqual([
      { text: 'Няма причина за поскъпване', source: 'Енергийният министър' },
    ]);
    expect(story!.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'quote',
    ]);
  });

  it('refuses a lone picture item: it is not a text story', async () => {
    await expect(
      importText(
        'photo.xml',
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:photo:1" version="1">
          <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
          <contentSet><remoteContent href="https://example.com/p.jpg" contenttype="image/jpeg"/></contentSet>
        </newsItem>`,
      ),
    ).rejects.toThrow('not a text story: picture item');
  });

  it('is not mistaken for an HTML article when XHTML appears early in a prefixed message', async () => {
    const [story] = await importText(
      'early-xhtml.xml',
      `<?xml version="1.0"?><nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/">
        <nar:itemSet><nar:newsItem guid="urn:x:1" version="1">
        <nar:contentMeta><nar:headline>Кратко</nar:headline></nar:contentMeta>
        <nar:contentSet><nar:inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Текст.</p></body></html></nar:inlineXML></nar:contentSet>
      </nar:newsItem></nar:itemSet></nar:newsMessage>`,
    );
    expect(story!.format).toBe('newsml-g2');
    expect(story!.headline).toBe('Кратко');
  });

  it('does not read knowledge items as news', async () => {
    await expect(
      importText('k.xml', '<knowledgeItem guid="urn:k:1"><conceptSet/></knowledgeItem>'),
    ).rejects.toThrow('not a news document');
  });
});

describe.skipIf(!existsSync(SAMPLES))('NewsML-G2 importer on the IPTC examples', () => {
  const sample = async (name: string) =>
    (await parseWireFile(name, readFileSync(join(SAMPLES, name)))).stories;

  it('LISTING_1 is embargoed, with the note to editors', async () => {
    const [story] = await sample('LISTING_1_A_NewsML-G2_News_Item.xml');
    expect(story!.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(story!.wireId).toBe('urn:newsml:acmenews.com:20161018:US-FINANCE-FED');
    expect(story!.wireVersion).toBe(11);
    expect(story!.embargoUntil).toBe('2018-10-23T12:00:00.000Z');
    expect(story!.edNote).toMatch(/STRICTLY EMBARGOED/);
    expect(story!.dateline).toBe('Berlin');
    expect(story!.language).toBe('en');
  });

  it('LISTING_2 reads the NITF body inside inlineXML', async () => {
    const [story] = await sample('LISTING_2_NewsML-G2_Text_Document.xml');
    expect(story!.source).toBe('Associated Press');
    expect(story!.byline).toBe('Meredith Jameson');
    expect(story!.blocks).toHaveLength(2);
    expect(blockText(story!.blocks[0]!)).toMatch(/^\(New York, NY - October 21\)/);
    expect(story!.subjects).toContain('central bank');
  });

  it('LISTING_6 package keeps its order and records the picture as media', async () => {
    const stories = await sample('LISTING_6_Simple_NewsML-G2_Package.xml');
    expect(stories.map((story) => story.headline)).toEqual(['Obama annonce son équipe']);
    expect(stories[0]!.packageRef).toEqual({
      id: 'tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658',
      title: 'UK',
      position: 0,
    });
    expect(stories[0]!.wireId).toBe('urn:newsml:iptc.org:20081007:tutorial-item-A');
    expect(stories[0]!.media).toHaveLength(1);
    expect(stories[0]!.media[0]!.caption).toMatch(/^Si nous avons/);
  });
});
