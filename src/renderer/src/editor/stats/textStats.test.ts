import { describe, expect, it } from 'vitest';
import { textStats } from './textStats';

describe('textStats', () => {
  it('counts words in Bulgarian, with hyphens, numbers and punctuation', () => {
    expect(textStats('Путин каза, че онлайн-срещата е на 26.11.2025 г.').words).toBe(8);
  });

  it('counts characters without the blank lines between paragraphs', () => {
    expect(textStats('Едно.\n\nДве.').characters).toBe(9);
    expect(textStats('Аз 😀').characters).toBe(4);
  });

  it('counts an emoji as one character, however many code points it is made of', () => {
    expect(textStats('Семейство 👩‍👩‍👧 и 🇧🇬 👍🏽').characters).toBe(17);
  });

  it('counts words with vowel signs or accents as one word (Hindi, vocalised Arabic, ѝ)', () => {
    expect(textStats('हिन्दी भाषा').words).toBe(2);
    expect(textStats('مَرْحَبًا بِكُمْ').words).toBe(2);
    expect(textStats('и\u0300 каза').words).toBe(2);
  });

  it('gives reading time at 200 words a minute, at least a minute for any text', () => {
    expect(textStats('').readingMinutes).toBe(0);
    expect(textStats('дума').readingMinutes).toBe(1);
    expect(textStats(Array(500).fill('дума').join(' ')).readingMinutes).toBe(3);
  });
});
