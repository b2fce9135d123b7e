import { describe, expect, it } from 'vitest';
import { renderEmailHtml } from './email-html';
import { renderMarkdown } from './markdown';
import { renderWebHtml } from './web-html';
import { morningDigest, story } from './__fixtures__/digests';
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
    expect(renderEmailHtml(digest)).toContain('Read more');
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
