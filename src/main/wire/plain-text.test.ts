import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { importPlainText, splitParagraphs } from './plain-text';

const SAMPLE = join(__dirname, '../../../resources/samples/2026-03-14-sofia-metro.txt');

describe('plain-text importer', () => {
  it('reads a "date YYYY-MM-DD" header line: the date, and the rest of the line as kicker', () => {
    const story = importPlainText(
      ' date 2025-11-26 "24 часа" в мейла ти. Новините накуп\n\nПървият абзац на новината, каза той.\n\nВторият абзац.',
    );
    expect(story.storyDate).toBe('2025-11-26');
    expect(story.kicker).toBe('"24 часа" в мейла ти. Новините накуп');
    expect(story.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(story.language).toBe('bg');
  });

  it("keeps the project's sample story whole: paragraphs, quotes and Cyrillic", () => {
    const parsed = parseWireFile('metro.txt', readFileSync(SAMPLE));
    const story = parsed.stories[0]!;
    expect(story.storyDate).toBe('2026-03-14');
    expect(story.source).toBe('БТА');
    expect(story.blocks).toHaveLength(4);
    expect(JSON.stringify(story.blocks)).toContain('„Искаме всеки лев да бъде проследим“');
    expect(story.headline.startsWith('Третият лъч на метрото в София')).toBe(true);
    expect(story.headline.length).toBeLessThanOrEqual(111);
  });

  it('uses a short first line without a full stop as the headline', () => {
    const story = importPlainText(
      'Парламентът прие бюджета\n\nДепутатите гласуваха късно вечерта.',
    );
    expect(story.headline).toBe('Парламентът прие бюджета');
    expect(story.blocks).toHaveLength(1);
  });

  it('joins hard-wrapped lines and treats blank-line-free copy as one paragraph per line', () => {
    expect(splitParagraphs('one line\nwrapped here\n\nsecond')).toEqual([
      'one line wrapped here',
      'second',
    ]);
    expect(splitParagraphs('first\nsecond\nthird')).toEqual(['first', 'second', 'third']);
  });

  it('ignores a "date" line that is not a real date', () => {
    const story = importPlainText('date 2025-02-31 kicker\n\nText.');
    expect(story.storyDate).toBeNull();
    expect(story.headline).toBe('date 2025-02-31 kicker');
  });
});

describe('reading files', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['blank.txt', Buffer.from('  \n\n \t'), /only whitespace/],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    [
      'latin1.txt',
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]),
      /not valid UTF-8/,
    ],
    ['data.json', Buffer.from('{"headline":"x"}'), /JSON is not a format/],
    ['feed.xml', Buffer.from('<?xml version="1.0"?><rss></rss>'), /XML is not a format/],
  ])('refuses %s with a reason', (name, bytes, reason) => {
    expect(() => parseWireFile(name, bytes)).toThrow(reason);
  });

  it('refuses a file over the size limit before decoding it', () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    expect(() => parseWireFile('big.txt', big)).toThrow(/too large/);
  });

  it('strips a BOM, CRLF line ends and stray control characters', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Заглавие\r\n\r\nТекст\u0007 тук.\r\n'),
    ]);
    const story = parseWireFile('bom.txt', bytes).stories[0]!;
    expect(story.headline).toBe('Заглавие');
    expect(story.blocks).toEqual([{ kind: 'paragraph', inlines: [{ text: 'Текст тук.' }] }]);
  });
});
