import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';

async function exportOf(files: { name: string; dataBase64: string }[]): Promise<string> {
  const ctx = memoryContext();
  const report = await call(ctx, 'stories.import', { files });
  await call(ctx, 'digests.create', { date: '2026-03-14', title: 'Сутрешно издание' });
  await call(ctx, 'digests.addStory', {
    digestId: 1,
    storyIds: report.imported.map((entry) => entry.id),
  });
  return (await call(ctx, 'digests.export', { id: 1, format: 'html' })).content;
}

describe('HTML export', () => {
  it('is one standalone, semantic page with an article per story in digest order', async () => {
    const html = await exportOf([
      upload(
        'a.md',
        '# Първа новина\n\nТекст с **удебелен** и [връзка](https://example.org/a).\n\n- едно\n- две',
      ),
      upload('b.txt', 'Втора новина\n\nОще текст.'),
    ]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Сутрешно издание</title>');
    expect(html.indexOf('Първа новина')).toBeLessThan(html.indexOf('Втора новина'));
    expect(html.match(/<article /g)).toHaveLength(2);
    expect(html).toContain('<strong>удебелен</strong>');
    expect(html).toContain('<a href="https://example.org/a">връзка</a>');
    expect(html).toContain('<ul>');
    // Nothing runs or is fetched from elsewhere: only JSON-LD data blocks, no stylesheets or
    // frames by URL, no scripts.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|<link |<iframe|src="http/);
    expect(html).toContain('"@type":"NewsArticle"');
  });

  it('carries the findings about the web page only, not the email’s', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [upload('a.txt', 'Новина за уеб страницата\n\nТекст.')],
    });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', title: 'Издание' });
    await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: report.imported.map((entry) => entry.id),
    });
    const codes = async (format: 'html' | 'email') =>
      (await call(ctx, 'digests.preview', { id: digest.id, format })).findings.map((f) => f.code);
    // No unsubscribe link is set: the email's concern, not the web page's.
    expect(await codes('email')).toContain('email-unsubscribe-missing');
    expect(await codes('html')).not.toContain('email-unsubscribe-missing');
  });

  it('escapes hostile text instead of passing it on as markup', async () => {
    const html = await exportOf([
      upload(
        'x.txt',
        'headline <img src=x onerror=alert(1)>\n\n<script>alert("body")</script> & more',
      ),
    ]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt; &amp; more');
  });
});
