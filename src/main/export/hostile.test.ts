import { marked } from 'marked';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { checkDigest } from './checks';
import { renderEml } from './eml';
import { renderEmailHtml } from './email-html';
import { renderMarkdown } from './markdown';
import { renderPlainText } from './plain-text';
import { renderWebHtml } from './web-html';
import { FIXTURE_NOW, hostileDigest } from './__fixtures__/digests';
import { dangerousAttributes, elements, textContent } from './__fixtures__/html';

/**
 * Every exporter against a digest whose every field is markup, event handlers and script URLs:
 * none of it may come out as an element, an attribute or a link.
 */
const digest = hostileDigest();

/** The script URLs planted in link and image fields; none may survive in any form. */
const PLANTED_URLS = ['link', 'image', 'logo', 'site', 'body-link', 'source-url'].map(
  (name) => `javascript:alert("${name}")`,
);

/** Elements the exporters themselves write; anything else came from the text. */
const OUR_ELEMENTS = new Set(
  'html head meta title style body header main footer section article div p h1 h2 h3 h4 h5 h6 time figure figcaption img a strong em s u code sub sup ul ol li blockquote br table tr td span hr'.split(
    ' ',
  ),
);

function expectInert(html: string): void {
  const names = elements(html).map((element) => element.name);
  expect(names.filter((name) => !OUR_ELEMENTS.has(name) && name !== 'script')).toEqual([]);
  expect(dangerousAttributes(html)).toEqual([]);
  for (const url of PLANTED_URLS) expect(html).not.toContain(url.replace(/"/g, '&quot;'));
  for (const url of PLANTED_URLS) expect(html).not.toContain(url);
  expect(html).not.toContain('evil.example"');
}

describe('hostile text', () => {
  it('stays text in the web page, and JSON-LD is the only script, data only', () => {
    const html = renderWebHtml(digest);
    expectInert(html);
    const scripts = elements(html).filter((element) => element.name === 'script');
    expect(scripts).toHaveLength(2);
    for (const script of scripts) {
      expect(script.attribs.type).toBe('application/ld+json');
      expect(() => JSON.parse(textContent(script)) as unknown).not.toThrow();
    }
    expect(html).toContain('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt; Заглавие');
    expect(html).toContain('<html lang="bg&quot; onload=&quot;alert(1)">');
    // The ClaimReview keeps the text as data, without the script source URL.
    const data = JSON.parse(textContent(scripts[0]!)) as {
      claimReviewed?: string;
      itemReviewed?: object;
    }[];
    expect(data[1]!.claimReviewed).toBe('</script><script>alert("ld")</script>');
    expect(JSON.stringify(data)).not.toContain('javascript:');
  });

  it('stays text in the email, which has no script at all', () => {
    const html = renderEmailHtml(digest);
    expectInert(html);
    expect(elements(html).some((element) => element.name === 'script')).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt; Заглавие');
    // A hostile accent cannot reach the stylesheet: the default accent is used.
    expect(html).not.toContain('alert("accent")');
    expect(html).toContain('#b0151e');
  });

  it('stays text in Markdown, as rendered by a Markdown renderer', () => {
    const html = marked.parse(renderMarkdown(digest), { async: false });
    expectInert(html);
    expect(elements(html).some((element) => element.name === 'script')).toBe(false);
  });

  it('keeps no script URL in the plain text', () => {
    const text = renderPlainText(digest);
    for (const url of PLANTED_URLS) expect(text).not.toContain(url);
    expect(text).toContain('<script>alert("headline")</script> Заглавие');
  });

  it('stays text in the .eml, whose headers cannot be split by the subject', async () => {
    const eml = await renderEml(digest, { date: FIXTURE_NOW });
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toBe('<script>alert("subject")</script> Тема');
    expectInert(parsed.html ?? '');
    const injected = { ...digest, subject: 'Тема\r\nBcc: victim@example.org' };
    const headers = (await renderEml(injected, { date: FIXTURE_NOW }))
      .toString('utf8')
      .split('\r\n\r\n')[0]!;
    expect(headers).not.toMatch(/^Bcc:/m);
  });

  it('is reported by the checks', () => {
    const codes = checkDigest(digest, { now: FIXTURE_NOW, emailHtml: renderEmailHtml(digest) }).map(
      (finding) => finding.code,
    );
    expect(codes).toContain('link-javascript');
    expect(codes).toContain('image-url');
  });
});
