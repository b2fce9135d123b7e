import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { renderEml } from './eml';
import { renderEmailHtml } from './email-html';
import { renderPlainText } from './plain-text';
import { excerpt, mailSafeText, shortened } from './text-clean';
import { morningDigest, story } from './__fixtures__/digests';

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

describe('control characters typed or pasted into the edition', () => {
  // Wire copy loses them on import (wire/strip-controls.ts); what editors write does not.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

  it('reads a C1 control as the windows-1252 character it stood for, and drops the others', () => {
    // "you’re" and „…“ pasted from a page decoded as Latin-1: Gmail clips a message with U+0092.
    expect(mailSafeText('you\u0092re \u0084цитат\u0093 \u0096 5\u0080')).toBe(
      'you’re „цитат“ – 5€',
    );
    expect(mailSafeText('a\u001b[31mb\u0000c\u007fd\u0081e\u009df')).toBe('a[31mbcdef');
    expect(mailSafeText('ред\tи\nред')).toBe('ред\tи\nред');
  });

  it('leaves none in the email, its plain text or its subject', async () => {
    const digest = morningDigest();
    digest.subject = 'Бюджетът\u0092s day\u001b[2J';
    digest.sections[0]!.items[0] = story(1, 1, {
      headline: 'Министърът\u0092s \u0093budget\u0094\u0007',
      summary: 'Резюме\u0085със\u001bконтрол',
    });
    expect(renderEmailHtml(digest)).not.toMatch(CONTROL);
    expect(renderEmailHtml(digest)).toContain('Министърът’s “budget”');
    expect(renderPlainText(digest)).not.toMatch(CONTROL);
    const parsed = await PostalMime.parse(await renderEml(digest));
    expect(parsed.subject).toBe('Бюджетът’s day[2J');
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

describe('excerpt', () => {
  it('keeps what fits, made one line', () => {
    expect(excerpt('  Едно.\n\nДве  три. ', 160)).toBe('Едно. Две три.');
    expect(excerpt('д'.repeat(160), 160)).toBe('д'.repeat(160));
  });

  it('cuts after the last whole word that fits, with an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, i) => `дума${i}`).join(' ');
    const cut = excerpt(words, 160);
    expect([...cut].length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/ дума\d+…$/);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
    expect(words[cut.length - 1]).toBe(' ');
    // A word ending exactly at the room's end is kept whole.
    expect(excerpt(`${'д'.repeat(159)} още`, 160)).toBe(`${'д'.repeat(159)}…`);
    // No comma or dash left before the ellipsis.
    expect(excerpt(`${'а '.repeat(75)}бюджета, — последно изречение`, 160)).toBe(
      `${'а '.repeat(75)}бюджета…`,
    );
  });

  it('never splits a grapheme and counts graphemes, not code points', () => {
    // 150 letters and family emoji: 160 characters as seen, far more code points.
    const family = '👨‍👩‍👧';
    expect(excerpt(`${'д'.repeat(150)}${family.repeat(10)}`, 160)).toBe(
      `${'д'.repeat(150)}${family.repeat(10)}`,
    );
    const cut = excerpt(`${'д'.repeat(150)}${family.repeat(20)}`, 160);
    expect(cut).toBe(`${'д'.repeat(150)}${family.repeat(9)}…`);
  });
});
