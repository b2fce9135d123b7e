/**
 * Whether bytes read as Cyrillic, and in which Cyrillic charset best: the test detection and
 * the check of a Cyrillic declaration share.
 */
import iconv from 'iconv-lite';
import { CYRILLIC_CANDIDATES } from './charset-names';

/** The bytes read in a candidate charset to judge it. */
export const SAMPLE_BYTES = 16 * 1024;

/**
 * The share of letters among the ten commonest Cyrillic ones that make text read as Cyrillic:
 * over half in Bulgarian and Russian prose; less is enough when chardet agrees (ё, ъ, і).
 */
export const COMMON_SHARE = 0.45;
export const COMMON_SHARE_AGREED = 0.25;

/** The sample of a text read in one Cyrillic charset, and how naturally it reads. */
export interface CyrillicReading {
  charset: string;
  score: number;
  /** The first SAMPLE_BYTES read in the charset: detection judges the best one further. */
  text: string;
}

/** The Cyrillic charsets, best reading first. */
export function cyrillicScores(bytes: Uint8Array): CyrillicReading[] {
  const sample = Buffer.from(bytes.subarray(0, SAMPLE_BYTES));
  const scored = CYRILLIC_CANDIDATES.map((charset) => {
    const text = iconv.decode(sample, charset);
    return { charset, score: cyrillicNaturalness(text), text, boxes: boxDrawing(text) };
  });
  // KOI8-U is KOI8-R with Ukrainian і, ї, є, ґ for some of its box drawing: both score alike
  // (the letters are not Russian ones), and the reading without box drawing is the one meant.
  return scored
    .sort((a, b) => b.score - a.score || a.boxes - b.boxes)
    .map(({ charset, score, text }) => ({ charset, score, text }));
}

/** cyrillicScores of these bytes, worked out once however often asked. */
export function scoresOnce(bytes: Uint8Array): () => CyrillicReading[] {
  let scores: CyrillicReading[] | null = null;
  return () => (scores ??= cyrillicScores(bytes));
}

/**
 * The Cyrillic charset to read instead of the declared one, if another reads far better (see
 * cyrillicNaturalness): a gap no true declaration shows.
 */
export function betterReading(scores: CyrillicReading[], declared: string): string | null {
  const own = scores.find((entry) => entry.charset === declared)?.score ?? 0;
  const best = scores[0]!;
  return best.charset !== declared && best.score - own > 0.2 ? best.charset : null;
}

/**
 * Whether text read in a Cyrillic charset is Cyrillic words, not Latin ones with letters
 * swapped: Latin-1 accents read as windows-1251 become Cyrillic letters inside Latin words
 * ("Cafй", "trиs") and another script's letters come out in random case, while Cyrillic copy
 * is well-cased words of Cyrillic letters only, most of them the common ones (see
 * cyrillicNaturalness).
 */
export function readsAsCyrillicWords(text: string, commonShare: number): boolean {
  // Box drawing is what other bytes become in DOS's ibm866.
  if (/[\u2500-\u259f]/u.test(text)) return false;
  let cyrillicWords = 0;
  let otherWords = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (!/\p{Script=Cyrillic}/u.test(word)) continue;
    if (/\p{Script=Latin}/u.test(word) || !wellCased(word)) otherWords += 1;
    else if (word.length >= 2) cyrillicWords += 1;
  }
  const letters = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const common = [...text.toLowerCase()].filter((c) => COMMON_LETTERS.has(c.charCodeAt(0))).length;
  // A few odd words are allowed: abbreviations in mixed case ("МВнР"), a Latin brand. Two
  // letters say nothing ("10億" in Big5 reads as "10Лѕ").
  return (
    letters >= 3 &&
    cyrillicWords > 0 &&
    otherWords <= cyrillicWords * 0.1 &&
    common >= letters * commonShare
  );
}

/**
 * Lower case, capitals, or a capital and lower case: how words are written. Another script's
 * letters read as Cyrillic come out in case at random ("аХчМА" is Greek read as KOI8-R).
 */
export function wellCased(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/**
 * How much a text reads like Cyrillic prose, whatever its letter case: the share of its letters
 * that are the ten commonest of Russian and Bulgarian (о е а и н т с р в л make up well over
 * half of either). Read in the wrong Cyrillic charset, letters are swapped for others (KOI8-R
 * and windows-1251 read as each other also invert case, so telex-style capitals would fool a
 * measure of case) and the share falls to a third or less. Letters of other Cyrillic alphabets
 * and № (ђ, љ, џ… — what windows-1251 becomes read as ISO-8859-5) and box drawing (what other
 * charsets become in DOS's ibm866) count against a candidate.
 */
function cyrillicNaturalness(text: string): number {
  let letters = 0;
  let common = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) {
      letters += 1;
      if (COMMON_LETTERS.has(code >= 0x430 ? code : code + 0x20)) common += 1;
    } else if (
      (code >= 0x400 && code <= 0x4ff) ||
      code === 0x2116 ||
      (code >= 0x2500 && code <= 0x259f)
    ) {
      foreign += 1;
    }
  }
  return letters === 0 ? 0 : (common / (letters + foreign)) * Math.min(1, letters / 20);
}

function boxDrawing(text: string): number {
  return text.match(/[\u2500-\u259f]/g)?.length ?? 0;
}

const COMMON_LETTERS = new Set([...'оеаинтсрвл'].map((letter) => letter.charCodeAt(0)));
