// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inLanguage } from '@renderer/test/render';
import i18n from '@renderer/i18n';
import { nestQuotes } from './nested-quotes';

describe('quotes inside quotes', () => {
  it('alternate with depth, as each language writes them', () => {
    expect(nestQuotes('Премахване на „Борисов: „Няма да подам оставка““', 'bg')).toBe(
      'Премахване на „Борисов: ‚Няма да подам оставка‘“',
    );
    expect(nestQuotes('„а „б „в“ г“ д“', 'bg')).toBe('„а ‚б „в“ г‘ д“');
    expect(nestQuotes('Remove “Borisov: “I will not resign””', 'en')).toBe(
      'Remove “Borisov: ‘I will not resign’”',
    );
  });

  it('leave alone what is not nested, and marks they cannot pair', () => {
    for (const text of ['„Дума“ и „друга“', 'Путин: "Не"', 'a “b” c', '„незатворено', 'само“'])
      expect(nestQuotes(text, text.includes('“b”') ? 'en' : 'bg')).toBe(text);
    // Another language's marks in a message (a Bulgarian headline in an English message, an
    // English one in a Bulgarian message): no pairs can be told, and nothing is changed.
    expect(nestQuotes('„Путин: “Не”“', 'bg')).toBe('„Путин: “Не”“');
    expect(nestQuotes('Remove “Борисов: „Няма“” from the edition', 'en')).toBe(
      'Remove “Борисов: „Няма“” from the edition',
    );
  });

  it('are set in every message of the interface', async () => {
    await inLanguage('bg');
    expect(i18n.t('digest.remove', { headline: 'Борисов: „Няма“' })).toBe(
      'Премахване на „Борисов: ‚Няма‘“ от изданието',
    );
    await inLanguage('en');
    expect(i18n.t('digest.remove', { headline: 'Borisov: “No”' })).toContain('“Borisov: ‘No’”');
  });
});
