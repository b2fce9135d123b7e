import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { CP1251_ARTICLE } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('HTML article importer', () => {
  const page = (body: string) =>
    new TextEncoder().encode(
      `<html lang="en"><head><title>Morning briefs</title><meta name="description" content="The day in brief"></head><body>${body}</body></html>`,
    );

  it('takes the dateline of a lead that opens with its place and date', async () => {
    const html =
      '<html><head><title>Пожар в Пловдив</title></head><body><article><h1>Пожар в Пловдив</h1>' +
      '<p>Пловдив, 28 ноември - Голям пожар избухна в склад в промишлената зона.</p></article></body></html>';
    const [story] = (await parseWireFile('page.html', new TextEncoder().encode(html))).stories;
    expect(story!.dateline).toBe('Пловдив');
  });

  it('makes a story of each article on a page of briefs', async () => {
    const { stories } = await parseWireFile(
      'briefs.html',
      page(
        ['Council approves budget', 'Mayor resigns', 'Storm closes port']
          .map(
            (headline) =>
              `<article><h2>${headline}</h2><p>${headline}: the city learned of it on Wednesday morning.</p></article>`,
          )
          .join(''),
      ),
    );
    expect(stories.map((story) => [story.headline, texts(story)])).toEqual([
      [
        'Council approves budget',
        ['Council approves budget: the city learned of it on Wednesday morning.'],
      ],
      ['Mayor resigns', ['Mayor resigns: the city learned of it on Wednesday morning.']],
      ['Storm closes port', ['Storm closes port: the city learned of it on Wednesday morning.']],
    ]);
    expect(stories[0]!.summary).toBeNull(); // the page's description is no brief's summary
  });

  it("takes a news page's long article, not the teasers around it", async () => {
    const long = Array.from(
      { length: 8 },
      (_, index) =>
        `<p>Paragraph ${index + 1} of the harbour story, with the facts of the day and more.</p>`,
    ).join('');
    const [story, ...others] = (
      await parseWireFile(
        'news.html',
        page(
          `<article><h3>Read also: ferries</h3><p>Short teaser.</p></article><main><article><h1>Harbour reopens</h1>${long}</article></main><article><h3>Read also: weather</h3><p>Another teaser.</p></article>`,
        ),
      )
    ).stories;
    expect(others).toEqual([]);
    expect(story!.headline).toBe('Harbour reopens');
    expect(texts(story!)).toHaveLength(8);
  });

  it('takes headline, byline, date, language and source from the page', async () => {
    const [story] = (await importFixture('article.html')).stories;
    expect(story).toMatchObject({
      format: 'html',
      headline: 'Harbour reopens after the storm',
      byline: 'Ann Example',
      source: 'Coast Gazette',
      language: 'en',
      wireTime: '2026-03-14T09:45:00.000Z',
      storyDate: '2026-03-14',
      summary: 'The port is open again after two days.',
      link: 'https://gazette.example/harbour-reopens',
    });
  });

  it('keeps only the article: no script, handler, javascript: link, iframe or tracker', async () => {
    const [story] = (await importFixture('article.html')).stories;
    const blocks = JSON.stringify(story!.blocks);
    for (const unwanted of [
      'track',
      'alert',
      'javascript',
      'injected',
      'ads.example',
      'pixel',
      'onclick',
      'Home',
      'Subscribe',
      '© Coast Gazette',
      'Boats leave',
    ]) {
      expect(blocks).not.toContain(unwanted);
    }
    expect(texts(story!)).toEqual([
      'The harbour reopened on Saturday morning.',
      'Read the live blog or the storm timeline.',
      'We lost two days of trade.',
    ]);
    expect(story!.blocks[0]).toMatchObject({ inlines: [{}, { text: 'reopened', bold: true }, {}] });
    expect(story!.blocks[1]).toMatchObject({
      inlines: [
        { text: 'Read the live blog or the ' },
        { text: 'storm timeline', href: 'https://gazette.example/storm' },
        { text: '.' },
      ],
    });
    expect(story!.blocks[2]!.kind).toBe('quote');
    // The figure is the one picture; the 1×1 tracker is not recorded.
    expect(story!.media).toEqual([
      {
        kind: 'picture',
        uri: 'https://gazette.example/harbour.jpg',
        caption: 'Boats leave the harbour at dawn.',
        mimeType: null,
      },
    ]);
  });

  it('reads a windows-1251 page by its meta charset', async () => {
    const parsed = await importFixture('article-cp1251.html');
    expect(parsed.charset).toBe('windows-1251');
    const [story] = parsed.stories;
    expect(story).toMatchObject({
      headline: CP1251_ARTICLE.title,
      source: CP1251_ARTICLE.site,
      language: 'bg',
    });
    expect(texts(story!)).toEqual(CP1251_ARTICLE.paragraphs);
  });

  it('falls back to og:title, then <title>, when the page has no <h1>', async () => {
    const page = (head: string) =>
      Buffer.from(`<!doctype html><html><head>${head}</head><body><p>Body text.</p></body></html>`);
    const og = await parseWireFile(
      'a.html',
      page('<title>Title tag</title><meta property="og:title" content="OG title">'),
    );
    expect(og.stories[0]!.headline).toBe('OG title');
    const title = await parseWireFile('b.html', page('<title>Title tag</title>'));
    expect(title.stories[0]!.headline).toBe('Title tag');
    expect(texts(title.stories[0]!)).toEqual(['Body text.']);
  });

  it('survives hostile nesting depth without overflowing the stack', async () => {
    const depth = 20_000;
    const page = `<!doctype html><html><body><article><h1>Дълбоко</h1>${'<div><b>'.repeat(depth)}текст${'</b></div>'.repeat(depth)}</article></body></html>`;
    const [story] = (await parseWireFile('deep.html', Buffer.from(page))).stories;
    expect(story!.headline).toBe('Дълбоко');
    expect(texts(story!)).toEqual(['текст']);
  });

  it('reads a page saved by a browser, which starts with a comment before <html>', async () => {
    const page = `<!-- saved from url=(0031)https://gazette.example/story -->
<html><head><meta charset="utf-8"><title>Пристанището отново работи</title></head>
<body><h1>Пристанището отново работи</h1><p>Корабите излязоха в морето.</p></body></html>`;
    const [story] = (await parseWireFile('saved.html', Buffer.from(page))).stories;
    expect(story).toMatchObject({ format: 'html', headline: 'Пристанището отново работи' });
    expect(texts(story!)).toEqual(['Корабите излязоха в морето.']);
  });

  it('reads a fragment of an article (a section, a list, a quote) as HTML', async () => {
    for (const fragment of [
      '<section><h2>Фрагмент</h2><p>Текст на фрагмента.</p></section>',
      '<ul><li>Първо</li><li>Второ</li></ul>',
      '<blockquote><p>Цитат от речта.</p></blockquote>',
    ]) {
      const [story] = (await parseWireFile('fragment.html', Buffer.from(fragment))).stories;
      expect(story!.format).toBe('html');
    }
  });
});
