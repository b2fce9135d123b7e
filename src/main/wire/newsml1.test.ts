import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';

const FIXTURES = join(__dirname, '__fixtures__');

async function importFixture(name: string) {
  return (await parseWireFile(name, readFileSync(join(FIXTURES, name)))).stories;
}

async function importText(name: string, xml: string) {
  return (await parseWireFile(name, new TextEncoder().encode(xml))).stories;
}

describe('NewsML 1.2 importer', () => {
  it('reads base64 text in the charset the item declares, and drops By/Par from the byline', async () => {
    const encoded = iconv
      .encode('Президентът Румен Радев откри изложението.', 'windows-1251')
      .toString('base64');
    const item = (charset: string) =>
      `<NewsItem><NewsComponent><NewsLines><HeadLine>Радев</HeadLine><ByLine>Par Jean DUPONT</ByLine></NewsLines>
        <ContentItem><MediaType FormalName="Text"/><MimeType FormalName="text/plain"/><Encoding Notation="base64"/>${charset}<DataContent>${encoded}</DataContent></ContentItem>
      </NewsComponent></NewsItem>`;
    const stories = await importText(
      'b64.xml',
      `<NewsML>${item('<Characteristics><Property FormalName="Charset" Value="windows-1251"/></Characteristics>')}${item('<Charset FormalName="windows-1251"/>')}</NewsML>`,
    );
    expect(stories.map((story) => story.blocks.map(blockText))).toEqual([
      ['Президентът Румен Радев откри изложението.'],
      ['Президентът Румен Радев откри изложението.'],
    ]);
    expect(stories[0]!.byline).toBe('Jean DUPONT');
  });

  it('maps an AFP-style item with a NITF body: identity, lines, status and subjects', async () => {
    const stories = await importFixture('newsml1-afp.xml');
    expect(stories).toHaveLength(2);
    const story = stories[0]!;
    expect(story.format).toBe('newsml-1');
    // The revision is not part of the identity, so revision 3 will replace this one.
    expect(story.wireId).toBe('urn:newsml:afp.edition.test:20260314:TX-PAR-ABC12');
    expect(story.wireVersion).toBe(2);
    expect(story.wireTime).toBe('2026-03-14T10:15:00.000Z');
    expect(story.pubStatus).toBe('usable');
    expect(story.embargoUntil).toBeNull();
    expect(story.urgency).toBe(2);
    expect(story.headline).toBe('Rail strike halts trains across France');
    expect(story.summary).toBe('Unions call for a second day of action');
    expect(story.byline).toBe('Pierre Martin');
    expect(story.dateline).toBe('PARIS, March 14');
    expect(story.slugline).toBe('France-strike-rail');
    expect(story.source).toBe('AFP');
    expect(story.language).toBe('en');
    expect(story.subjects).toEqual(['04000000', '04015000', 'transport']);
    expect(story.blocks.map(blockText)).toEqual([
      'Trains stood still across France on Saturday as rail workers walked out.',
      '“We will not give in”, the union said.',
    ]);
    expect(story.quotes).toEqual([
      { text: 'We will not give in', source: 'Union leader Marie Dubois' },
    ]);
  });

  it('records the photo component once, captioned by the text beside it', async () => {
    const [story] = await importFixture('newsml1-afp.xml');
    expect(story!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://example.com/afp/photo-strike.jpg',
        caption: 'An empty platform at the Gare de Lyon in Paris.',
        mimeType: 'image/jpeg',
      },
    ]);
    expect(JSON.stringify(story!.blocks)).not.toContain('Gare de Lyon');
  });

  it('holds an embargoed item until its status changes, and no longer', async () => {
    const story = (await importFixture('newsml1-afp.xml'))[1]!;
    expect(story.pubStatus).toBe('usable'); // the embargo time holds it
    // An embargo without a time to lift it: withheld.
    const [held] = await importText(
      'held.xml',
      `<NewsML><NewsItem><NewsManagement><Status FormalName="Embargoed"/></NewsManagement><NewsComponent>
        <NewsLines><HeadLine>Под ембарго</HeadLine></NewsLines>
        <ContentItem><MediaType FormalName="Text"/><DataContent>Текст под ембарго.</DataContent></ContentItem>
      </NewsComponent></NewsItem></NewsML>`,
    );
    expect(held).toMatchObject({ pubStatus: 'withheld', embargoUntil: null });
    expect(story.embargoUntil).toBe('2026-03-15T06:00:00.000Z');
    // No urgency on the item: the envelope's priority stands in.
    expect(story.urgency).toBe(3);
    expect(story.headline).toBe('«Газпром» увеличит поставки газа в Азию');
    expect(story.source).toBe('АФП');
    expect(story.language).toBe('ru');
    expect(story.blocks.map(blockText)).toEqual([
      'Компания заявила, что поставки вырастут на треть.',
      'Контракт подписан на десять лет.',
    ]);
  });

  it('gives one story per text component with its own NewsLines, in order', async () => {
    const stories = await importFixture('newsml1-briefs.xml');
    expect(stories.map((story) => story.headline)).toEqual([
      'Левски спечели дербито',
      'Сняг затвори прохода Шипка',
    ]);
    expect(stories.map((story) => story.wireId)).toEqual([
      'urn:newsml:bw.edition.test:20260320:BRIEFS#brief-1',
      'urn:newsml:bw.edition.test:20260320:BRIEFS#brief-2',
    ]);
    expect(stories.map((story) => story.packageRef)).toEqual([
      { id: 'urn:newsml:bw.edition.test:20260320:BRIEFS', title: 'Накратко', position: 0 },
      { id: 'urn:newsml:bw.edition.test:20260320:BRIEFS', title: 'Накратко', position: 1 },
    ]);
    for (const story of stories) {
      expect(story.language).toBe('bg');
      expect(story.source).toBe('Тест Уайър');
      expect(story.subjects).toEqual(['15000000']);
    }
    // Equivalent renditions of the same text count once.
    expect(stories[1]!.blocks.map(blockText)).toEqual([
      'Проходът Шипка е затворен заради снеговалеж.',
    ]);
  });

  it('refuses an item that holds only a photo', async () => {
    await expect(
      importText(
        'photo.xml',
        `<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Снимка</HeadLine></NewsLines>
          <ContentItem Href="https://example.com/p.jpg"><MediaType FormalName="Photo"/></ContentItem>
        </NewsComponent></NewsItem></NewsML>`,
      ),
    ).rejects.toThrow('not a text story: picture item');
  });

  it('reads a photo component’s Caption component as the picture’s caption, not as a story', async () => {
    const nitf = (text: string) =>
      `<ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content><p>${text}</p></body.content></body></nitf></DataContent></ContentItem>`;
    const stories = await importText(
      'story-photo.xml',
      `<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Буря по крайбрежието</HeadLine></NewsLines>
        <NewsComponent><Role FormalName="Main"/>${nitf('Буря удари крайбрежието във вторник.')}</NewsComponent>
        <NewsComponent><Role FormalName="Photo"/><NewsLines><HeadLine>Вълни</HeadLine></NewsLines>
          <NewsComponent><Role FormalName="Caption"/>${nitf('Вълни заливат вълнолома в Бургас.')}</NewsComponent>
          <NewsComponent><Role FormalName="BaseImage"/><ContentItem Href="https://example.com/waves.jpg"><MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/></ContentItem></NewsComponent>
        </NewsComponent>
      </NewsComponent></NewsItem></NewsML>`,
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]!.blocks.map(blockText)).toEqual(['Буря удари крайбрежието във вторник.']);
    expect(stories[0]!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://example.com/waves.jpg',
        caption: 'Вълни заливат вълнолома в Бургас.',
        mimeType: 'image/jpeg',
      },
    ]);
  });

  it('gives each of two pictures side by side the caption beside it', async () => {
    const photo = (name: string) =>
      `<NewsComponent><Role FormalName="Photo"/><ContentItem Href="https://example.com/${name}.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent>`;
    const caption = (text: string) =>
      `<NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent>${text}</DataContent></ContentItem></NewsComponent>`;
    const [story] = await importText(
      'two-photos.xml',
      `<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Буря</HeadLine></NewsLines>
        <NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/><DataContent>Буря удари крайбрежието.</DataContent></ContentItem></NewsComponent>
        ${photo('burgas')}${caption('Вълни в Бургас.')}${photo('varna')}${caption('Лодки във Варна.')}
      </NewsComponent></NewsItem></NewsML>`,
    );
    expect(story!.media.map((media) => [media.uri, media.caption])).toEqual([
      ['https://example.com/burgas.jpg', 'Вълни в Бургас.'],
      ['https://example.com/varna.jpg', 'Лодки във Варна.'],
    ]);
    // Captions put first, and a picture without one: each keeps its own, or none.
    const [first] = await importText(
      'captions-first.xml',
      `<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Буря</HeadLine></NewsLines>
        <NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/><DataContent>Буря удари крайбрежието.</DataContent></ContentItem></NewsComponent>
        ${caption('Вълни в Бургас.')}${photo('burgas')}${caption('Лодки във Варна.')}${photo('varna')}${photo('sozopol')}
      </NewsComponent></NewsItem></NewsML>`,
    );
    expect(first!.media.map((media) => media.caption)).toEqual([
      'Вълни в Бургас.',
      'Лодки във Варна.',
      null,
    ]);
  });

  it('attaches the photo item a story refers to (NewsItemRef) to that story', async () => {
    const photoItem = (duid: string, id: string, name: string) =>
      `<NewsItem Duid="${duid}"><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20260314</DateId><NewsItemId>${id}</NewsItemId><RevisionId>1</RevisionId><PublicIdentifier>urn:newsml:afp.com:20260314:${id}:1</PublicIdentifier></NewsIdentifier></Identification>
        <NewsComponent><NewsLines><HeadLine>Снимка</HeadLine></NewsLines>
          <ContentItem Href="https://example.com/${name}.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent></NewsItem>`;
    const textItem = (headline: string, ref: string) =>
      `<NewsItem><NewsComponent><NewsLines><HeadLine>${headline}</HeadLine></NewsLines>
        <NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent>${headline} — текст.</DataContent></ContentItem></NewsComponent>
        <NewsItemRef NewsItem="${ref}"/></NewsComponent></NewsItem>`;
    const stories = await importText(
      'refs.xml',
      `<NewsML>${textItem('Буря', '#photo-1')}${textItem('Сняг', 'urn:newsml:afp.com:20260314:PHO-2:1')}
        ${photoItem('photo-1', 'PHO-1', 'storm')}${photoItem('photo-2', 'PHO-2', 'snow')}</NewsML>`,
    );
    expect(stories.map((story) => [story.headline, story.media.map((media) => media.uri)])).toEqual(
      [
        ['Буря', ['https://example.com/storm.jpg']],
        ['Сняг', ['https://example.com/snow.jpg']],
      ],
    );
    // A message of one story and a picture that nothing names: the picture is that story's.
    const [alone] = await importText(
      'alone.xml',
      `<NewsML>${textItem('Буря', '#elsewhere')}${photoItem('photo-1', 'PHO-1', 'storm')}</NewsML>`,
    );
    expect(alone!.media.map((media) => media.uri)).toEqual(['https://example.com/storm.jpg']);
  });

  it('refuses a photo item whose only text is its caption', async () => {
    await expect(
      importText(
        'photo.xml',
        `<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Снимка</HeadLine></NewsLines>
          <NewsComponent><Role FormalName="Main"/><ContentItem Href="https://example.com/p.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent>
          <NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent>Надпис под снимката.</DataContent></ContentItem></NewsComponent>
        </NewsComponent></NewsItem></NewsML>`,
      ),
    ).rejects.toThrow('not a text story: picture item');
  });

  it('reads a bare NewsItem root with plain text', async () => {
    const [story] = await importText(
      'bare.xml',
      `<NewsItem><NewsComponent><NewsLines><HeadLine>Short</HeadLine></NewsLines>
        <ContentItem><DataContent>One.

Two.</DataContent></ContentItem></NewsComponent></NewsItem>`,
    );
    expect(story!.headline).toBe('Short');
    expect(story!.blocks.map(blockText)).toEqual(['One.', 'Two.']);
  });
});
