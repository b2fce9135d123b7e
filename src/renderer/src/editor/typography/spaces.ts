import type { TypographyLanguage } from './language';

const NBSP = '\u00A0';

/** One-letter words that must not end a line: they stay with the word after them. */
const ONE_LETTER: Record<TypographyLanguage, string> = {
  bg: 'вВсСиИаАоОуУкК',
  ru: 'вВсСиИаАоОуУкКяЯ',
  en: '',
};

/** Units, currencies and magnitudes that stay on the line of their number. */
const UNITS: Record<TypographyLanguage, string[]> = {
  bg: [
    'км',
    'м',
    'см',
    'мм',
    'кг',
    'г',
    'гр',
    'т',
    'л',
    'мл',
    'ха',
    'дка',
    'кв',
    'куб',
    'кВт',
    'МВт',
    'ГВт',
    '%',
    '‰',
    '°',
    'лв',
    'евро',
    'долара',
    'млн',
    'млрд',
    'хил',
    'ч',
    'мин',
    'сек',
    'бр',
    'души',
    'стр',
    'век',
  ],
  ru: [
    'км',
    'м',
    'см',
    'мм',
    'кг',
    'г',
    'т',
    'л',
    'мл',
    'га',
    'кВт',
    'МВт',
    '%',
    '‰',
    '°',
    'руб',
    'долл',
    'евро',
    'млн',
    'млрд',
    'тыс',
    'ч',
    'мин',
    'сек',
    'шт',
    'чел',
    'стр',
    'век',
  ],
  en: [],
};

interface Rule {
  /** Group 1, when there is one, is kept; the space after it becomes a no-break space. */
  pattern: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new Map<TypographyLanguage, Rule[]>();

function rulesFor(language: TypographyLanguage): Rule[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const rules: Rule[] = [];
  if (language !== 'en') {
    // Before a spaced dash: a dash must not start a line.
    rules.push({ pattern: /() (?=[–—](?:[ \u00A0\t\n]|$))/g });
    // After a one-letter word: "в София", "и днес", „С други думи…“.
    rules.push({
      pattern: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])([${ONE_LETTER[language]}]) (?=\\S)`, 'gu'),
    });
    // Between a number and its unit: "10 км", "5 %", "3 млн.", "2025 г.".
    const units = [...UNITS[language]].sort((a, b) => b.length - a.length).map(escape);
    rules.push({
      pattern: new RegExp(`(\\d) (?=(?:${units.join('|')})(?![\\p{L}\\p{N}]))`, 'gu'),
    });
  }
  cache.set(language, rules);
  return rules;
}

/**
 * No-break spaces where Bulgarian (and Russian) typography wants them; English copy is left
 * alone. A space becomes a no-break space: one character for one, so offsets hold.
 */
export function nonBreakingSpaces(text: string, language: TypographyLanguage): string {
  let result = text;
  for (const { pattern } of rulesFor(language)) {
    result = result.replace(pattern, (_match, kept: string) => `${kept}${NBSP}`);
  }
  return result;
}
