import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LABELLED } from '../src/main/quotes/__fixtures__/labelled';
import { CHARSET_TEXTS } from '../src/main/wire/__fixtures__/fixture-texts';

/**
 * Text for the generated archive. The project's own copy (sample stories, labelled quote
 * paragraphs, charset fixtures) gives a few hundred to a few thousand real words per language — far too few for
 * a year of wire: with a tiny vocabulary every word is in every story and search would be
 * measured on a corpus no newsroom has. So each word also yields derived forms (the prefixes and
 * endings Bulgarian, Russian and English add), and words are drawn with Zipf's law: the function
 * words of the real text are everywhere, most forms are rare, as in real copy.
 */
export type Language = 'bg' | 'ru' | 'en';

const SAMPLES = join(__dirname, '..', 'resources', 'samples');

const ENDINGS: Record<Language, string[]> = {
  bg: [
    'а',
    'ът',
    'та',
    'те',
    'ите',
    'ия',
    'ове',
    'ски',
    'ско',
    'ната',
    'ция',
    'ване',
    'ал',
    'ило',
    'ещ',
    'ява',
  ],
  ru: [
    'а',
    'ы',
    'ов',
    'ами',
    'ой',
    'ого',
    'ему',
    'ёт',
    'ёр',
    'ение',
    'ский',
    'ская',
    'ать',
    'ил',
    'ых',
    'ёл',
  ],
  en: [
    's',
    'ed',
    'ing',
    'er',
    'ers',
    'ly',
    'ment',
    'tion',
    'al',
    'ity',
    'ness',
    'ive',
    'ous',
    'ist',
    'ism',
    'ize',
  ],
};

const PREFIXES: Record<Language, string[]> = {
  bg: ['пре', 'из', 'раз', 'до', 'под', 'съ'],
  ru: ['пере', 'вы', 'при', 'раз', 'под', 'со'],
  en: ['re', 'un', 'pre', 'over', 'sub', 'co'],
};

/** A seeded generator (LCG), so the same count always builds the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sourceTexts(): Record<Language, string> {
  const texts: Record<Language, string[]> = { bg: [], ru: [], en: [] };
  for (const item of LABELLED) texts[item.language].push(item.text);
  for (const item of CHARSET_TEXTS) {
    const language: Language | null = /koi8|ru/i.test(item.file)
      ? 'ru'
      : /bg|1251/i.test(item.file)
        ? 'bg'
        : null;
    if (language) texts[language].push(item.headline, ...item.paragraphs);
  }
  for (const name of readdirSync(SAMPLES)) {
    const text = readFileSync(join(SAMPLES, name), 'utf8').replace(
      /^(date|source|byline).*$/gm,
      '',
    );
    texts[/[\p{Script=Cyrillic}]/u.test(text) ? 'bg' : 'en'].push(text);
  }
  return { bg: texts.bg.join('\n'), ru: texts.ru.join('\n'), en: texts.en.join('\n') };
}

/** Words of the real text by how often they occur (most frequent first), then derived forms. */
function vocabularyOf(text: string, language: Language, next: () => number): string[] {
  const letters = language === 'en' ? /[a-z]{2,}/g : /[\p{Script=Cyrillic}]{2,}/gu;
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(letters) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  const real = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const derived = new Set<string>();
  for (const word of real) {
    if (word.length < 5) continue;
    const stem = word.slice(0, Math.max(3, word.length - 2));
    for (const ending of ENDINGS[language]) {
      derived.add(stem + ending);
      for (const prefix of PREFIXES[language]) derived.add(prefix + stem + ending);
    }
  }
  for (const word of real) derived.delete(word);
  // The derived forms in a random order: which of them are "common" is arbitrary, as in life.
  const tail = [...derived];
  for (let i = tail.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [tail[i], tail[j]] = [tail[j]!, tail[i]!];
  }
  return [...real, ...tail];
}

/** Draws words with probability ∝ 1 / (rank + 2.7), Mandelbrot's fit of Zipf's law to text. */
function zipfSampler(words: string[], next: () => number): () => string {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 2.7);
    cumulative[rank] = total;
  });
  return () => {
    const target = next() * total;
    let low = 0;
    let high = words.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

export interface StoryText {
  headline: string;
  paragraphs: string[];
}

export interface TextSource {
  vocabulary: Record<Language, string[]>;
  story: (language: Language) => StoryText;
}

export function textSource(seed: number): TextSource {
  const next = random(seed);
  const texts = sourceTexts();
  const vocabulary = {
    bg: vocabularyOf(texts.bg, 'bg', next),
    ru: vocabularyOf(texts.ru, 'ru', next),
    en: vocabularyOf(texts.en, 'en', next),
  };
  const samplers = {
    bg: zipfSampler(vocabulary.bg, next),
    ru: zipfSampler(vocabulary.ru, next),
    en: zipfSampler(vocabulary.en, next),
  };
  const sentence = (language: Language, min: number, spread: number): string => {
    const words = Array.from({ length: min + Math.floor(next() * spread) }, samplers[language]);
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  };
  return {
    vocabulary,
    story: (language) => ({
      headline: sentence(language, 5, 7),
      // Wire stories run from a short flash to a long report: 1–7 paragraphs of 1–3 sentences.
      paragraphs: Array.from({ length: 1 + Math.floor(next() * 7) }, () =>
        Array.from(
          { length: 1 + Math.floor(next() * 3) },
          () => `${sentence(language, 8, 14)}.`,
        ).join(' '),
      ),
    }),
  };
}
