import { describe, expect, it } from 'vitest';
import { renderEmailHtml } from './email-html';
import { renderMarkdown } from './markdown';
import { renderWebHtml } from './web-html';
import { morningDigest, story } from './__fixtures__/digests';
import type { ExportDigest } from './digest-model';

/** The morning digest opened by a lead: the stories outside any section, unnamed. */
function withLead(): ExportDigest {
  const digest = morningDigest();
  const lead = story(900, 9000, { headline: 'Водещата новина на деня' });
  return { ...digest, sections: [{ id: 0, name: '', items: [lead] }, ...digest.sections] };
}

describe('the lead, an unnamed section', () => {
  it('opens the email without an empty heading', () => {
    const html = renderEmailHtml(withLead());
    expect(html).toContain('Водещата новина на деня');
    expect(html).not.toMatch(/<h2[^>]*>\s*<\/h2>/);
  });

  it('opens the web page without an empty heading or a label pointing at one', () => {
    const html = renderWebHtml(withLead());
    expect(html).toContain('Водещата новина на деня');
    expect(html).not.toMatch(/<h2[^>]*>\s*<\/h2>/);
    expect(html).not.toContain('section-0');
  });

  it('opens the Markdown without an empty heading', () => {
    const markdown = renderMarkdown(withLead());
    expect(markdown).toContain('Водещата новина на деня');
    expect(markdown).not.toMatch(/^##\s*$/m);
  });
});
