import { describe, expect, it } from 'vitest';
import { renderEmailHtml } from './email-html';
import { renderMarkdown } from './markdown';
import { renderWebHtml } from './web-html';
import { renderPlainText } from './plain-text';
import { morningDigest, story } from './__fixtures__/digests';
import { byTag, textContent } from './__fixtures__/html';
import { body, p } from './__fixtures__/lexical';
import type { ExportDigest } from './digest-model';

/** A Bulgarian edition with one English wire story, its headline and summary as given. */
function withEnglishStory(wordsLanguage: string): ExportDigest {
  const digest = morningDigest();
  digest.sections[0]!.items[0] = story(1, 1, {
    headline: wordsLanguage === 'bg' ? 'Лондон повиши лихвите' : 'London raises rates',
    summary: wordsLanguage === 'bg' ? 'Банката на Англия реши днес.' : 'The bank decided today.',
    language: 'en',
    wordsLanguage,
    link: 'https://example.org/rates',
  });
  return digest;
}

describe('an English story in a Bulgarian edition', () => {
  it('keeps its own language where the edition shows the wire’s words', () => {
    const digest = withEnglishStory('en');
    expect(renderWebHtml(digest)).toMatch(/<article id="story-1" lang="en">/);
    expect(renderEmailHtml(digest)).toContain('London raises rates');
  });

  it('speaks the edition’s language where the editor wrote the headline and summary', () => {
    const digest = withEnglishStory('bg');
    const web = renderWebHtml(digest);
    expect(web).toMatch(/<article id="story-1">/);
    expect(web).toMatch(/<div lang="en">/); // the wire's body keeps its language
    expect(renderEmailHtml(digest)).not.toContain('Read more');
    expect(renderMarkdown(digest)).not.toContain('Read more');
  });
});

/** The edition with its first story in another language, with a link to the full story. */
function withForeignStory(language: string, headline: string, summary: string): ExportDigest {
  const digest = morningDigest();
  digest.sections[0]!.items[0] = story(1, 1, {
    headline,
    summary,
    language,
    wordsLanguage: language,
    body: body(p(summary)),
    link: 'https://example.org/full-story',
  });
  return digest;
}

/** The links to the full story that are not its headline or picture: "read more" and its arrow. */
function readMoreLinks(html: string) {
  return byTag(html, 'a').filter(
    (link) =>
      link.attribs.href === 'https://example.org/full-story' && textContent(link).endsWith(' →'),
  );
}

describe('“read more” under a story in another language', () => {
  const arabic = () =>
    withForeignStory('ar', 'الحكومة توافق على الميزانية', 'وافق مجلس الوزراء اليوم على الميزانية.');

  it('is in the reader’s language, marked as such, on the web page and in the email', () => {
    for (const html of [renderWebHtml(arabic()), renderEmailHtml(arabic())]) {
      const links = readMoreLinks(html);
      expect(links).toHaveLength(1);
      expect(textContent(links[0]!)).toBe('Прочетете още →');
      // Inside the Arabic story's right-to-left text, the Bulgarian label says what it is.
      expect(links[0]!.attribs).toMatchObject({ lang: 'bg', dir: 'ltr' });
      expect(html).not.toContain('Read more');
    }
  });

  it('is in the reader’s language in the plain-text part and in Markdown', () => {
    const text = renderPlainText(arabic());
    expect(text).toContain('   Прочетете още:\n   https://example.org/full-story\n');
    expect(text).not.toContain('Read more');
    const markdown = renderMarkdown(arabic());
    expect(markdown).toContain('[Прочетете още →](https://example.org/full-story)');
    expect(markdown).not.toContain('Read more');
  });

  it('says only the language where the direction is the same', () => {
    const digest = withForeignStory('en', 'London raises rates', 'The bank decided today.');
    for (const html of [renderWebHtml(digest), renderEmailHtml(digest)]) {
      const link = readMoreLinks(html)[0]!;
      expect(textContent(link)).toBe('Прочетете още →');
      expect(link.attribs.lang).toBe('bg');
      expect(link.attribs.dir).toBeUndefined();
    }
  });

  it('is in English in an English edition, whatever the story’s language', () => {
    const digest = withForeignStory('bg', 'Парламентът прие бюджета', 'Депутатите гласуваха.');
    digest.language = 'en';
    for (const html of [renderWebHtml(digest), renderEmailHtml(digest)]) {
      const link = readMoreLinks(html)[0]!;
      expect(textContent(link)).toBe('Read more →');
      expect(link.attribs.lang).toBe('en');
    }
    expect(renderPlainText(digest)).toContain('   Read more:\n   https://example.org/full-story\n');
  });

  it('carries no attributes where the story is in the edition’s language', () => {
    const digest = withForeignStory('bg', 'Парламентът прие бюджета', 'Депутатите гласуваха.');
    for (const html of [renderWebHtml(digest), renderEmailHtml(digest)]) {
      const link = readMoreLinks(html)[0]!;
      expect(link.attribs.lang).toBeUndefined();
      expect(link.attribs.dir).toBeUndefined();
    }
  });
});
