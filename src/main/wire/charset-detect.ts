import chardet from 'chardet';
import iconv from 'iconv-lite';
import {
  CYRILLIC,
  isWestern,
  MULTI_BYTE_ASIAN,
  NON_LATIN,
  normaliseCharset,
  OTHER_ALPHABETS,
} from './charset-names';
import {
  SAMPLE_BYTES,
  COMMON_SHARE,
  COMMON_SHARE_AGREED,
  type CyrillicReading,
  readsAsCyrillicWords,
  scoresOnce,
  wellCased,
} from './cyrillic-reading';
import { languagesNeeded, OTHER_LATIN, symbolsInWords } from './latin-reading';

/**
 * The charset of bytes that are not UTF-8, by their content alone. chardet is sure of long
 * text and guesses on a few words (a one-line flash in windows-1251 read as Big5 or
 * Shift_JIS, KOI8-R Russian as Greek, French as windows-1257, "Bodø" as ASCII), so each of its
 * answers is checked by reading the bytes in it:
 * 1. Greek, Hebrew, Arabic or Thai when chardet names it and the bytes read as words in it
 *    (Russian in KOI8-R read as Greek is words of random case and holes);
 * 2. Cyrillic, its charsets ranked by how they read, when the bytes read as Cyrillic words
 *    (a few words with fewer of the common letters, when windows-1252 reads them as nothing);
 * 3. a multi-byte Asian charset when chardet is confident, or the bytes read as its script;
 * 4. another Latin charset when windows-1252 needs more than two Western languages for its
 *    words ("Rîgâ ðodien … pieòçma", "rz¹d") and the text reads as one language of that
 *    charset's (latin-reading.ts): chardet's guesses first;
 * 5. windows-1252, unless it reads as Latin letters with symbols inside words ("Wa³êsa",
 *    "¾e"): then the first other Latin charset chardet names that reads without; or chardet
 *    names another Latin charset first and sees no Western language at all, or windows-1252
 *    reads as what Western text does not hold (WESTERN_MISREAD), or the text has accented
 *    letters enough for its statistics. Where both read as a language ("cã" Portuguese, "că"
 *    Romanian; "Ça va" French, "Įa va" Lithuanian) a few words cannot tell them apart.
 */
export function detectCharset(
  bytes: Uint8Array,
  scores: () => CyrillicReading[] = scoresOnce(bytes),
): string {
  const sample = Buffer.from(bytes.subarray(0, SAMPLE_BYTES));
  const readings = new Map<string, string>();
  const read = (charset: string) => {
    let text = readings.get(charset);
    if (text === undefined) readings.set(charset, (text = iconv.decode(sample, charset)));
    return text;
  };
  const guesses = chardetGuesses(bytes);
  const best = guesses[0];
  if (best && OTHER_ALPHABETS.has(best.name) && readsAsWords(read(best.name))) return best.name;
  const cyrillic = scores()[0]!;
  // Fewer of the common letters are enough when chardet too takes the text for Cyrillic.
  const commonShare = best && CYRILLIC.includes(best.name) ? COMMON_SHARE_AGREED : COMMON_SHARE;
  if (readsAsCyrillicWords(cyrillic.text, commonShare)) return cyrillic.charset;
  // A headline and a line may hold fewer of the commonest letters ("Дождь в Москве. Идёт
  // дождь.": 43%); they are Cyrillic still when windows-1252 reads them as no language at all
  // (KOI8-R's letters come out in upside-down case: "äÏÖÄØ × íÏÓË×Å").
  if (
    readsAsCyrillicWords(cyrillic.text, COMMON_SHARE_AGREED) &&
    languagesNeeded(read('windows-1252'), 'windows-1252') === Infinity
  )
    return cyrillic.charset;
  if (best && MULTI_BYTE_ASIAN.has(best.name)) {
    const confident = best.confidence >= MULTI_BYTE_CONFIDENCE;
    if (confident || readsAsAsianScript(read(best.name))) return best.name;
  }
  const otherLatin = guesses.filter(({ name }) => !NON_LATIN.has(name) && !isWestern(name));
  // A misreading in windows-1252 ("rz¹d", "Rîgâ ðodien … pieòçma"): the first Latin charset,
  // chardet's guesses before the rest, in which the text reads as one language.
  if (languagesNeeded(read('windows-1252'), 'windows-1252') > 2) {
    const names = [...otherLatin.map(({ name }) => name), ...OTHER_LATIN];
    const language = names.find((name) => languagesNeeded(read(name), name) === 1);
    if (language) return language;
  }
  if (symbolsInWords(read('windows-1252')))
    return otherLatin.find(({ name }) => !symbolsInWords(read(name)))?.name ?? 'windows-1252';
  // chardet's other Latin charset, where it sees no Western language at all ("Łodzi",
  // "Brně", "Valdība"), where windows-1252 reads as what Western text does not hold, or on
  // text long enough for its statistics.
  const evidence =
    !guesses.some(({ name }) => isWestern(name)) ||
    WESTERN_MISREAD.test(read('windows-1252')) ||
    highBytes(bytes) >= LATIN_EVIDENCE;
  return best && best === otherLatin[0] && evidence ? best.name : 'windows-1252';
}

/**
 * What other Latin charsets' letters become in windows-1252 and Western text does not hold:
 * letters of the far north (ř → ø, ş → þ, ğ → ð, ı → ý, ć → æ), a byte windows-1252 has no
 * character for (ť), £ or º against letters (Ł, ş), » closing what no « opened (ť).
 */
const WESTERN_MISREAD = /[ðþýøæÐÞÝØÆ\ufffd]|\p{L}£|£\p{L}|\p{L}[ºª]\p{L}|^[^«]*\p{L}»/u;

/**
 * chardet's answers that iconv can read, best first; never a Unicode one or ASCII (the bytes
 * are neither: BOMs, UTF-16 and UTF-8 are recognised before detection).
 */
function chardetGuesses(bytes: Uint8Array): { name: string; confidence: number }[] {
  return chardet.analyse(bytes.subarray(0, 64 * 1024)).flatMap((guess) => {
    const name = normaliseCharset(guess.name);
    const usable =
      name && !name.startsWith('utf-') && name !== 'us-ascii' && iconv.encodingExists(name);
    return usable ? [{ name, confidence: guess.confidence }] : [];
  });
}

/** chardet's confidence (0–100) needed to read bytes in a multi-byte charset of Asia. */
const MULTI_BYTE_CONFIDENCE = 50;

/**
 * Text in the charset it was written in: no byte it cannot read, no sign but ASCII's between
 * two letters (beside one it may be: "43°C", "US$", "m²"; markup's "p><p" is ASCII), and words cased as words are (alphabets
 * without case always are). Greek's final sigma and
 * Hebrew's final letters end a word: inside one, they are Cyrillic read in the wrong charset
 * (KOI8-R's Р as ς; windows-1251's к, н, п, у, х as ך, ם, ן, ף, ץ: lower-case Bulgarian in
 * windows-1251 is otherwise all Hebrew letters in ISO-8859-8).
 */
function readsAsWords(text: string): boolean {
  if (text.includes('\ufffd') || /[ςךםןףץ]\p{L}/u.test(text)) return false;
  if (/\p{L}[^\P{S}\p{ASCII}]\p{L}|\p{L}[^\P{No}\p{ASCII}]\p{L}/u.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const wellCasedWords = words.filter(wellCased).length;
  return words.length > 0 && wellCasedWords >= words.length * 0.9;
}

/** Text that reads as Chinese, Japanese or Korean: no byte unread, most of it their letters. */
function readsAsAsianScript(text: string): boolean {
  if (text.includes('\ufffd')) return false;
  const nonAscii = text.match(/[^\p{ASCII}]/gu)?.length ?? 0;
  const asian = text.match(ASIAN)?.length ?? 0;
  return nonAscii > 0 && asian >= nonAscii * 0.8 && !ASIAN_MISREAD.test(text);
}

/** Letters, punctuation and full-width forms of Chinese, Japanese and Korean. */
const ASIAN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/gu;

/**
 * Half-width katakana, and Han glued to Latin letters, are what Cyrillic and Latin bytes
 * become in Shift_JIS or Big5 ("ça" → "軋"), not news copy.
 */
const ASIAN_MISREAD =
  /[\uff61-\uff9f]|\p{Script=Latin}\p{Script=Han}|\p{Script=Han}\p{Script=Latin}/u;

/**
 * How many bytes of 0x80 and above (accented letters, in Latin text) make a text long enough
 * for chardet's statistics to tell one Latin charset from another. On fewer ("Ça va très
 * bien.", read as windows-1257) they guess.
 */
export const LATIN_EVIDENCE = 12;

export function highBytes(bytes: Uint8Array): number {
  let count = 0;
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end; i += 1) if (bytes[i]! >= 0x80) count += 1;
  return count;
}
