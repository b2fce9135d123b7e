import { describe, expect, it } from 'vitest';
import { mailSafeText, shortened } from './text-clean';

describe('text safe for mail clients', () => {
  it('drops invisible characters and line separators', () => {
    expect(mailSafeText('до\u00adбре\u200b дошли\u2028утре\ufeff')).toBe('добре дошли утре');
  });

  it('keeps the joiners that make one emoji of several (family, technologist, rainbow flag)', () => {
    for (const emoji of ['👨‍👩‍👧', '👩🏽‍💻', '🏳️‍🌈'])
      expect(mailSafeText(`Семейството ${emoji} е тук.`)).toBe(`Семейството ${emoji} е тук.`);
    expect(mailSafeText('a\u200db')).toBe('ab');
  });
});

describe('shortened text', () => {
  it('cuts at most the given characters as a reader counts them, never inside one', () => {
    const text = `${'д'.repeat(139)}😀 и още`;
    expect(shortened(text, 140)).toBe(`${'д'.repeat(139)}😀`);
    expect(shortened(`${'д'.repeat(139)}👨‍👩‍👧`, 140)).toBe(`${'д'.repeat(139)}👨‍👩‍👧`);
    expect(shortened('кратко', 140)).toBe('кратко');
  });
});
