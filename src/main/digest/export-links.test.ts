import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { withoutTracking } from '../export/links';

describe('links in an export', () => {
  it('drop the campaign tags and click ids a wire story’s links carry', async () => {
    const ctx = memoryContext();
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Агенция</title><link>https://agency.example/</link>
<item><title>Мостът е готов</title>
<link>https://agency.example/most?id=5&amp;utm_source=rss&amp;utm_medium=feed</link>
<guid>most-1</guid><pubDate>Sat, 14 Mar 2026 06:00:00 GMT</pubDate>
<description><![CDATA[<p>Вижте <a href="https://city.example/plan?fbclid=abc&amp;page=2">плана</a> на общината за моста и движението.</p>]]></description>
</item></channel></rss>`;
    await call(ctx, 'stories.import', { files: [upload('feed.rss', rss)] });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', title: 'Сутрин' });
    await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [1] });
    await call(ctx, 'digests.update', {
      id: digest.id,
      // The editor's own link keeps what the editor wrote.
      intro: {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  url: 'https://paper.example/?utm_campaign=morning',
                  children: [{ type: 'text', text: 'Сайтът' }],
                },
              ],
            },
          ],
        },
      },
    });
    let printedBody = false;
    for (const format of ['email', 'text', 'html', 'markdown'] as const) {
      const { content } = await call(ctx, 'digests.export', {
        id: digest.id,
        format,
        override: { reason: 'test of links' },
      });
      expect(content, format).toContain('https://agency.example/most?id=5');
      if (content.includes('city.example'))
        expect(content, format).toContain('https://city.example/plan?page=2');
      expect(content, format).not.toMatch(/utm_source|utm_medium|fbclid/);
      expect(content, format).toContain('utm_campaign=morning');
      printedBody ||= content.includes('city.example');
    }
    expect(printedBody).toBe(true); // the web page prints the text, links and all
  });

  it('leave every other address as it is', () => {
    for (const url of [
      'https://a.example/x?id=5',
      'https://a.example/x?utm=not-a-tag',
      'mailto:desk@paper.example?subject=utm_source',
      'not a url?utm_source=x',
    ])
      expect(withoutTracking(url)).toBe(url);
    expect(withoutTracking('https://a.example/x?gclid=1&UTM_Source=y')).toBe('https://a.example/x');
    // What stays is kept as it was written.
    expect(withoutTracking('https://a.example/x?q=a%20b&id&utm_medium=x#top')).toBe(
      'https://a.example/x?q=a%20b&id#top',
    );
    expect(withoutTracking('https://a.example/x?path=a/b;c&fbclid=1')).toBe(
      'https://a.example/x?path=a/b;c',
    );
  });
});
