import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it('tells Bulgarian from Russian by ъ against ы, э and ё', () => {
    expect(guessLanguage('Президентът заяви, че държавата ще плати.')).toBe('bg');
    expect(guessLanguage('Президент заявил, что это было объявлено ещё вчера.')).toBe('ru');
    expect(guessLanguage('ЭТО БЫЛО ВЧЕРА')).toBe('ru');
  });

  it('says English when Latin letters outnumber Cyrillic, and nothing without letters', () => {
    expect(guessLanguage('The minister said on Tuesday that „Газпром“ would pay.')).toBe('en');
    expect(guessLanguage('2026-03-14 12:00 — 42 %')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });

  it('reads only the first 20,000 characters', () => {
    expect(guessLanguage(`${'Държавата ъ '.repeat(2000)}${'ы'.repeat(10_000)}`)).toBe('bg');
  });
});
