import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { htmlToContent } from './html-blocks';

describe('wire HTML to blocks', () => {
  it('reads a table a row per paragraph, the cells with a middle dot and the header in bold', () => {
    const { blocks } = htmlToContent(
      '<p>Rates on Wednesday.</p><table><thead><tr><th>Currency</th><th>Rate</th></tr></thead>' +
        '<tbody><tr><td>USD</td><td>1.69</td></tr><tr><td>GBP</td><td></td><td>2.21</td></tr></tbody></table>',
    );
    expect(blocks.map(blockText)).toEqual([
      'Rates on Wednesday.',
      'Currency · Rate',
      'USD · 1.69',
      'GBP · 2.21',
    ]);
    expect(blocks[1]).toMatchObject({
      inlines: [{ text: 'Currency', bold: true }, { text: ' · ' }, { text: 'Rate', bold: true }],
    });
  });

  it('keeps only safe structure: no script, handlers, javascript: links, frames or remote images', () => {
    const { blocks, media } = htmlToContent(
      '<h2 onclick="x()">Заглавие</h2><p>Текст <b>удебелен</b> <a href="javascript:alert(1)">лоша</a> <a href="https://bta.bg/a">добра</a><script>alert(1)</script></p>' +
        '<iframe src="https://evil.example"></iframe><img src="https://tracker.example/p.gif" alt="">',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, inlines: [{ text: 'Заглавие' }] },
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Текст ' },
          { text: 'удебелен', bold: true },
          { text: ' лоша ' },
          { text: 'добра', href: 'https://bta.bg/a' },
        ],
      },
    ]);
    expect(media).toEqual([
      { kind: 'picture', uri: 'https://tracker.example/p.gif', caption: null, mimeType: null },
    ]);
  });

  it('records no picture at an address that leads nowhere (relative, or its handler stripped)', () => {
    const { media } = htmlToContent(
      '<p>Текст</p><img src="x" onerror="alert(1)"><img src="/images/a.jpg" alt="Мост">' +
        '<img src="//cdn.example/b.jpg"><img src="https://cdn.example/c.jpg" alt="Площад">',
    );
    expect(media).toEqual([
      { kind: 'picture', uri: 'https://cdn.example/c.jpg', caption: 'Площад', mimeType: null },
    ]);
  });

  it('records <q> quotes with their source and puts the marks back by language', () => {
    const html = '<p><q quote-source="Путин">Отношенията се развиват успешно</q>, каза той.</p>';
    const bg = htmlToContent(html, { language: 'bg' });
    expect(bg.quotes).toEqual([{ text: 'Отношенията се развиват успешно', source: 'Путин' }]);
    expect(blockText(bg.blocks[0]!)).toBe('„Отношенията се развиват успешно“, каза той.');
    expect(blockText(htmlToContent(html, { language: 'ru' }).blocks[0]!)).toBe(
      '«Отношенията се развиват успешно», каза той.',
    );
    expect(blockText(htmlToContent('<p><q>We are glad</q>, he said.</p>').blocks[0]!)).toBe(
      '“We are glad”, he said.',
    );
  });

  it('survives nesting thousands of levels deep, keeping the words', () => {
    const deep = `${'<div><span>'.repeat(5000)}дълбоко${'</span></div>'.repeat(5000)}`;
    const { blocks } = htmlToContent(`<p>начало</p>${deep}`);
    expect(blocks.map(blockText)).toEqual(['начало', 'дълбоко']);
  });
});
