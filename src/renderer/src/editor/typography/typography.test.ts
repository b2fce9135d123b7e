import { describe, expect, it } from 'vitest';
import { applyTypography, typographyLanguage } from './typography';
import { smartQuotes } from './quotes';
import { spacedDashes } from './dashes';
import { nonBreakingSpaces } from './spaces';

const NB = '\u00A0';

describe('smartQuotes', () => {
  it('sets Bulgarian quotes, nested ones with the inner pair', () => {
    expect(smartQuotes('"Да", каза той.', 'bg')).toBe('„Да“, каза той.');
    expect(smartQuotes('Той каза: "Ще гласуваме "против" утре".', 'bg')).toBe(
      'Той каза: „Ще гласуваме ‚против‘ утре“.',
    );
  });

  it('sets Russian guillemets with „…“ inside, and English curly quotes', () => {
    expect(smartQuotes('Он сказал: "Это "важно" для нас".', 'ru')).toBe(
      'Он сказал: «Это „важно“ для нас».',
    );
    expect(smartQuotes('She said "the "deal" is off" today.', 'en')).toBe(
      'She said “the ‘deal’ is off” today.',
    );
  });

  it('knows a straight quote inside typographic quotes is nested', () => {
    expect(smartQuotes('„Партия "Възраждане" е против“', 'bg')).toBe(
      '„Партия ‚Възраждане‘ е против“',
    );
  });

  it('closes quotes before punctuation and after brackets open them', () => {
    expect(smartQuotes('("Да")', 'bg')).toBe('(„Да“)');
    expect(smartQuotes('"Не"!', 'bg')).toBe('„Не“!');
  });

  it('starts afresh on every line: a quote over several paragraphs opens on each', () => {
    expect(smartQuotes('"Първо.\n"Второ."', 'bg')).toBe('„Първо.\n„Второ.“');
  });

  it('leaves text without straight quotes as it is', () => {
    expect(smartQuotes('Без кавички.', 'bg')).toBe('Без кавички.');
  });
});

describe('spacedDashes', () => {
  it('makes a hyphen between spaces a dash by language', () => {
    expect(spacedDashes('София - столицата', 'bg')).toBe('София – столицата');
    expect(spacedDashes('Москва - столица', 'ru')).toBe('Москва — столица');
    expect(spacedDashes('London - the capital', 'en')).toBe('London – the capital');
  });

  it('keeps ranges and compounds hyphenated', () => {
    expect(spacedDashes('10-12 май, онлайн-среща', 'bg')).toBe('10-12 май, онлайн-среща');
  });

  it('makes a dialogue hyphen at the start of a line a dash', () => {
    expect(spacedDashes('- Да.\n- Не.', 'bg')).toBe('– Да.\n– Не.');
  });
});

describe('nonBreakingSpaces', () => {
  it('keeps one-letter words with the next word, capitalised too', () => {
    expect(nonBreakingSpaces('Той е в София и с нас.', 'bg')).toBe(
      `Той е в${NB}София и${NB}с${NB}нас.`,
    );
    expect(nonBreakingSpaces('„В Бишкек', 'bg')).toBe(`„В${NB}Бишкек`);
    expect(nonBreakingSpaces('С други думи', 'bg')).toBe(`С${NB}други думи`);
  });

  it('does not take the last letter of a longer word for a one-letter word', () => {
    expect(nonBreakingSpaces('Путин каза', 'bg')).toBe('Путин каза');
  });

  it('keeps a number with its unit', () => {
    expect(nonBreakingSpaces('10 км, 5 %, 3 млн. лв. през 2025 г.', 'bg')).toBe(
      `10${NB}км, 5${NB}%, 3${NB}млн. лв. през 2025${NB}г.`,
    );
  });

  it('does not take the first letters of a word for a unit', () => {
    expect(nonBreakingSpaces('на 5 март', 'bg')).toBe('на 5 март');
  });

  it('puts a no-break space before a dash', () => {
    expect(nonBreakingSpaces('София – столицата', 'bg')).toBe(`София${NB}– столицата`);
  });

  it('leaves English alone', () => {
    expect(nonBreakingSpaces('a 5 km walk – in a park', 'en')).toBe('a 5 km walk – in a park');
  });
});

describe('applyTypography', () => {
  it('does everything at once and keeps the length', () => {
    const text = '"Ще бъде подписан пакет" - каза той в Бишкек за 10 км път.';
    const result = applyTypography(text, 'bg');
    expect(result).toBe(`„Ще бъде подписан пакет“${NB}– каза той в${NB}Бишкек за 10${NB}км път.`);
    expect(result).toHaveLength(text.length);
  });

  it('changes nothing the second time', () => {
    for (const language of ['bg', 'ru', 'en'] as const) {
      const once = applyTypography('"Да "и" не" - в 5 км и с "мен".', language);
      expect(applyTypography(once, language)).toBe(once);
    }
  });
});

describe('typographyLanguage', () => {
  it('is Bulgarian unless the story is Russian or English', () => {
    expect(typographyLanguage(null)).toBe('bg');
    expect(typographyLanguage('de')).toBe('bg');
    expect(typographyLanguage('ru-RU')).toBe('ru');
    expect(typographyLanguage('EN')).toBe('en');
  });
});
