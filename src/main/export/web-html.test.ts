import { describe, expect, it } from 'vitest';
import { renderWebHtml } from './web-html';
import { morningDigest, story } from './__fixtures__/digests';
import { byTag, elements, textContent, within } from './__fixtures__/html';

/** The JSON-LD objects of the page, parsed back. */
function jsonLd(html: string): Record<string, unknown>[] {
  return byTag(html, 'script').flatMap((script) => {
    expect(script.attribs.type).toBe('application/ld+json');
    return JSON.parse(textContent(script)) as Record<string, unknown>[];
  });
}

describe('web HTML', () => {
  const digest = morningDigest();
  const html = renderWebHtml(digest);

  it('is one standalone page in the edition’s language with a strict CSP', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="bg">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">`,
    );
    expect(html).toContain('<title>Сутрешен бюлетин</title>');
    // Nothing is fetched but images: no stylesheets, frames, or scripts by URL.
    expect(html).not.toMatch(/<link |<iframe|<script[^>]+src=/);
    for (const element of elements(html)) {
      if (element.attribs.src) expect(element.attribs.src).toMatch(/^https:\/\//);
    }
    expect(html).toContain('@media (prefers-color-scheme: dark)');
  });

  it('is semantic: header, a section with h2 per digest section, an article with h3 per story', () => {
    expect(byTag(html, 'header')).toHaveLength(1);
    expect(textContent(byTag(html, 'h1')[0]!)).toBe('Сутрешен бюлетин');
    expect(byTag(html, 'time')[0]!.attribs.datetime).toBe('2026-03-14');
    expect(html).toContain('събота, 14 март 2026 г.');
    const sections = byTag(html, 'section');
    expect(sections.map((section) => textContent(within(section, 'h2')[0]!))).toEqual([
      'Политика',
      'Икономика',
      'Спорт',
    ]);
    expect(byTag(html, 'article')).toHaveLength(8);
    expect(byTag(html, 'h3').map((h3) => textContent(h3))[0]).toBe(
      'Парламентът прие бюджета за 2026 г. на първо четене',
    );
    // The body's h2 sits under the story's h3.
    expect(html).toContain('<h5>Какво казват търговците</h5>');
    expect(html.indexOf('Политика')).toBeLessThan(html.indexOf('Икономика'));
    expect(html).toContain('<p class="meta">Мария Иванова · БТА · София</p>');
    expect(html).toContain(
      '<div class="signoff">\n<p>Хубав ден!</p>\n<p>Екипът на „24 часа“</p>\n</div>',
    );
    // The page is the publication's, read by anyone: not the email's "you subscribed" line.
    expect(textContent(byTag(html, 'footer')[0]!).trim()).toBe('24 часа');
  });

  it('names a captioned picture once, by its figcaption; a caption-less one by the headline', () => {
    const images = byTag(html, 'img');
    expect(images.map((image) => image.attribs.alt)).toEqual([
      // The masthead's logo, named by the publication.
      '24 часа',
      // The caption below says it: as alt text too, screen readers would read it twice.
      '',
      'Цените на горивата остават без промяна',
    ]);
    const figures = byTag(html, 'figure');
    expect(figures).toHaveLength(2);
    expect(within(figures[0]!, 'img')).toHaveLength(1);
    expect(within(figures[0]!, 'figcaption').map((caption) => textContent(caption))).toEqual([
      'Пленарната зала по време на гласуването',
    ]);
    expect(within(figures[1]!, 'figcaption')).toEqual([]);
  });

  it('links "read more" only to web addresses', () => {
    const more = byTag(html, 'a').filter((a) => textContent(a).startsWith('Прочетете още'));
    // 8 stories: one has a javascript: link and one has none.
    expect(more).toHaveLength(6);
    expect(more[0]!.attribs.href).toBe('https://www.24chasa.bg/novini/article/101');
    expect(html).not.toContain('javascript:');
    // The relative body link is dropped, its text kept.
    expect(html).toContain('и на Агенцията по заетостта.');
    expect(html).not.toContain('href="/novini');
  });

  it('does not repeat a summary the body already opens with', () => {
    const page = renderWebHtml({
      ...digest,
      sections: [
        { id: 1, name: 'А', items: [story(1, 1, { summary: 'Първи абзац на новината' })] },
      ],
    });
    expect(page).not.toContain('class="summary"');
    expect(html.match(/class="summary"/g)).toHaveLength(7);
  });

  it('describes each story as NewsArticle JSON-LD, and each checked claim as ClaimReview', () => {
    const data = jsonLd(html);
    const articles = data.filter((item) => item['@type'] === 'NewsArticle');
    expect(articles).toHaveLength(8);
    expect(articles[0]).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Парламентът прие бюджета за 2026 г. на първо четене',
      datePublished: '2026-03-13T16:20:00.000Z',
      author: { '@type': 'Person', name: 'Мария Иванова' },
      publisher: { '@type': 'Organization', name: '24 часа' },
      inLanguage: 'bg',
      url: 'https://www.24chasa.bg/novini/article/101',
      image: 'https://www.24chasa.bg/images/parliament.jpg',
    });
    // The javascript: link is not carried into the data either.
    expect(articles.find((item) => String(item.headline).startsWith('НСИ'))).not.toHaveProperty(
      'url',
    );
    const reviews = data.filter((item) => item['@type'] === 'ClaimReview');
    // verified + disputed (story 101), false + needs-source (story 301); unverified and notes are not reviews.
    expect(
      reviews.map((review) => (review.reviewRating as { alternateName: string }).alternateName),
    ).toEqual(['True', 'Disputed', 'False', 'Unproven']);
    expect(reviews[0]).toMatchObject({
      claimReviewed: '„Това е бюджет на развитието“',
      author: { '@type': 'Organization', name: '24 часа' },
      itemReviewed: { author: { '@type': 'Person', name: 'Финансовият министър' } },
    });
  });

  it('escapes JSON-LD so that text cannot close the script element', () => {
    const page = renderWebHtml({
      ...digest,
      sections: [
        {
          id: 1,
          name: 'А',
          items: [story(1, 1, { headline: '</script><script>alert(1)</script> & „Левски“' })],
        },
      ],
    });
    const scripts = page.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)!;
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(jsonLd(page)[0]!.headline).toBe('</script><script>alert(1)</script> & „Левски“');
  });

  it('leaves out empty sections and stays readable without an intro or sign-off', () => {
    const page = renderWebHtml({
      ...digest,
      intro: null,
      introText: '',
      signoff: null,
      sections: [...digest.sections, { id: 99, name: 'Празен', items: [] }],
    });
    expect(page).not.toContain('Празен');
    expect(page).not.toContain('class="intro"');
    expect(page).not.toContain('class="signoff"');
  });

  it('describes the page in at most 160 characters, cut at a word, from the intro if need be', () => {
    const description = (page: string): string | undefined =>
      byTag(page, 'meta').find((meta) => meta.attribs.name === 'description')?.attribs.content;
    expect(description(html)).toBe(digest.preheader);
    const sentence =
      'Депутатите гласуваха бюджета след дълъг дебат, а лекарите излизат на протест. ';
    const introText = `${sentence.repeat(5)}\n\nВторият абзац 👨‍👩‍👧 продължава.`;
    const cut = description(renderWebHtml({ ...digest, preheader: ' ', introText }))!;
    expect(cut.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter().segment(cut)].length).toBeLessThanOrEqual(160);
    expect([...new Intl.Segmenter().segment(cut)].length).toBeGreaterThan(140);
    // Whole words of the intro, then the ellipsis: the next character of the intro is a space.
    const kept = cut.slice(0, -1);
    expect(introText.startsWith(kept)).toBe(true);
    expect(introText[kept.length]).toBe(' ');
  });
});
