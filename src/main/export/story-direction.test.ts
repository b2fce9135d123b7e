import { describe, expect, it } from 'vitest';
import { renderEmailHtml } from './email-html';
import { renderWebHtml } from './web-html';
import { morningDigest, story } from './__fixtures__/digests';
import { byTag, textContent } from './__fixtures__/html';
import { body, p } from './__fixtures__/lexical';
import type { ExportDigest, ExportStory } from './digest-model';

const ARABIC_HEADLINE = 'الحكومة توافق على الميزانية';
const ARABIC_BODY = 'وافق مجلس الوزراء اليوم على مشروع الميزانية، وقال الوزير: «هذا يوم تاريخي».';

/** A Bulgarian edition whose first story is Arabic wire copy. */
function withArabicStory(overrides: Partial<ExportStory>): ExportDigest {
  const digest = morningDigest();
  digest.sections[0]!.items[0] = story(1, 1, {
    headline: ARABIC_HEADLINE,
    summary: null,
    byline: 'أحمد محمود',
    link: null,
    body: body(p(ARABIC_BODY)),
    ...overrides,
  });
  return digest;
}

/** The email's cells that hold the text, by what they hold. */
function emailCell(html: string, text: string) {
  return byTag(html, 'td').find((cell) => textContent(cell) === text)!;
}

describe('a right-to-left story in a left-to-right edition', () => {
  it('is written right to left on the web page when its language is Arabic', () => {
    const web = renderWebHtml(withArabicStory({ language: 'ar', wordsLanguage: 'ar' }));
    expect(web).toMatch(/<article id="story-1" lang="ar" dir="rtl">/);
    // The edition's own stories stay left to right, with no attribute to say so.
    expect(web).not.toMatch(/<article id="story-101"[^>]* dir=/);
  });

  it('is written right to left in the email: headline, byline and body cells', () => {
    const email = renderEmailHtml(withArabicStory({ language: 'ar', wordsLanguage: 'ar' }));
    for (const text of [ARABIC_HEADLINE, 'أحمد محمود · БТА · София', ARABIC_BODY]) {
      expect(emailCell(email, text).attribs, text).toMatchObject({ dir: 'rtl', lang: 'ar' });
    }
    expect(emailCell(email, 'Президентът ще насрочи дата за изборите').attribs.dir).toBeUndefined();
  });

  it('is written right to left by its letters when the wire gave no language', () => {
    // Plain-text and RSS copy often has none; the model then shows it in the edition's language.
    const digest = withArabicStory({ language: null, wordsLanguage: 'bg' });
    expect(renderWebHtml(digest)).toMatch(/<article id="story-1" dir="rtl">/);
    expect(emailCell(renderEmailHtml(digest), ARABIC_BODY).attribs.dir).toBe('rtl');
  });

  it('keeps the editor’s Bulgarian headline left to right over the Arabic body', () => {
    const digest = withArabicStory({
      headline: 'Правителството прие бюджета',
      language: 'ar',
      wordsLanguage: 'bg',
    });
    const web = renderWebHtml(digest);
    expect(web).toMatch(/<article id="story-1">/);
    expect(web).toContain('<div lang="ar" dir="rtl">');
    const email = renderEmailHtml(digest);
    expect(emailCell(email, 'Правителството прие бюджета').attribs.dir).toBeUndefined();
    expect(emailCell(email, ARABIC_BODY).attribs).toMatchObject({ dir: 'rtl', lang: 'ar' });
  });
});
