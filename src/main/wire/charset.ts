import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset the bytes were read as, e.g. "UTF-8", "windows-1251". */
  charset: string;
  /** How it was chosen, for the import report and for debugging a wrong guess. */
  reason: 'bom' | 'valid-utf8' | 'declared' | 'detected' | 'mixed-lines';
}

const BOMS: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

/**
 * Bytes to text without mojibake. The order matters:
 * 1. a byte-order mark is the strongest evidence;
 * 2. bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the file declares —
 *    agencies often keep an old "ISO-8859-1" declaration on UTF-8 copy, and the chance that
 *    real single-byte text is accidentally valid UTF-8 is negligible;
 * 3. UTF-8 with some lines in a single-byte charset (copy pasted together from two systems):
 *    each line in its own;
 * 4. a declaration (XML prolog, HTML meta, MIME header) that iconv knows (ISO-8859-1 read as
 *    windows-1252, as browsers do), unless it names a Western charset while detection finds
 *    another script, or another Latin charset on strong evidence; or a Cyrillic one whose text
 *    reads far worse than another Cyrillic charset's;
 * 5. otherwise detection (detectCharset): chardet's answers checked by reading the bytes in
 *    them, Cyrillic candidates compared by how natural their letters read (KOI8-R read as
 *    windows-1251 comes out in inverted case).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): DecodedText {
  for (const [bom, charset] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return {
        text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), charset),
        charset,
        reason: 'bom',
      };
    }
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return { text: iconv.decode(Buffer.from(bytes), utf16), charset: utf16, reason: 'detected' };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'UTF-8', reason: 'valid-utf8' };
  const mixed = decodeMixedLines(bytes);
  if (mixed) return mixed;

  // Detection and the check of a Cyrillic declaration both rank the Cyrillic charsets; a
  // declaration kept needs no detection.
  const scores = scoresOnce(bytes);
  let detection: string | undefined;
  const detected = () => (detection ??= detectCharset(bytes, scores));
  const declaredCharset = asBrowsersRead(normaliseCharset(declared ?? sniffDeclaration(bytes)));
  if (declaredCharset && declaredCharset !== 'utf-8' && iconv.encodingExists(declaredCharset)) {
    // A declared Cyrillic charset that another reads far better is overruled.
    const betterCyrillic = CYRILLIC_CANDIDATES.includes(declaredCharset)
      ? betterReading(scores(), declaredCharset)
      : null;
    if (betterCyrillic)
      return {
        text: iconv.decode(Buffer.from(bytes), betterCyrillic),
        charset: betterCyrillic,
        reason: 'detected',
      };
    // Detection on a few words guesses: a Western declaration gives way to another script, or
    // to another Latin charset only with accented letters enough or where the declaration would
    // put symbols in words.
    const overruled =
      isWestern(declaredCharset) &&
      !isWestern(detected()) &&
      (NON_LATIN.has(detected()) ||
        highBytes(bytes) >= LATIN_EVIDENCE ||
        symbolsInWords(
          iconv.decode(Buffer.from(bytes.subarray(0, SAMPLE_BYTES)), declaredCharset),
        ));
    if (!overruled)
      return {
        text: iconv.decode(Buffer.from(bytes), declaredCharset),
        charset: declaredCharset,
        reason: 'declared',
      };
  }
  const charset = detected();
  return { text: iconv.decode(Buffer.from(bytes), charset), charset, reason: 'detected' };
}

/**
 * UTF-16 that lost its byte-order mark: in Latin, Cyrillic or Greek text every other byte is
 * the high byte of a character, nearly always 0x00 (ASCII: spaces, digits, punctuation), 0x04
 * (Cyrillic) or 0x03 (Greek), while the other bytes are almost never NUL.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  // The rule needs NULs (every other byte of ASCII text): most files have none, and say so fast.
  if (sample.length < 8 || !sample.includes(0)) return null;
  const pairs = sample.length / 2;
  const high = [0, 0];
  const nul = [0, 0];
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i]!;
    if (byte === 0) nul[i % 2]! += 1;
    if (byte <= 0x04 && byte !== 0x01 && byte !== 0x02) high[i % 2]! += 1;
  }
  for (const [index, charset] of [
    [1, 'UTF-16LE'],
    [0, 'UTF-16BE'],
  ] as const) {
    const other = 1 - index;
    if (high[index]! >= pairs * 0.9 && nul[index]! > 0 && nul[other]! <= pairs * 0.01)
      return charset;
  }
  return null;
}

/** Whether any multi-byte UTF-8 sequence (a lead byte and its continuation bytes) occurs. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    let continued = 1;
    while (continued < length && (bytes[i + continued]! & 0xc0) === 0x80) continued += 1;
    if (continued === length) return true;
  }
  return false;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The Cyrillic charsets ranked against each other by how their text reads. */
const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'];
/** Every Cyrillic charset chardet may name. */
const CYRILLIC = [...CYRILLIC_CANDIDATES, 'x-mac-cyrillic'];

/**
 * The charset of bytes that are not UTF-8, by their content alone. chardet is sure of long
 * text and guesses on a few words (a one-line flash in windows-1251 read as Big5 or
 * Shift_JIS, KOI8-R Russian as Greek, French as windows-1257, "Bodø" as ASCII), so each of its
 * answers is checked by reading the bytes in it:
 * 1. Greek, Hebrew, Arabic or Thai when chardet names it and the bytes read as words in it
 *    (Russian in KOI8-R read as Greek is words of random case and holes);
 * 2. Cyrillic, its charsets ranked by how they read, when the bytes read as Cyrillic words;
 * 3. a multi-byte Asian charset when chardet is confident, or the bytes read as its script;
 * 4. windows-1252, unless it reads as Latin letters with symbols inside words ("Wa³êsa",
 *    "¾e"): then the first other Latin charset chardet names that reads without; or chardet
 *    names another Latin charset first and sees no Western language at all, or windows-1252
 *    reads as what Western text does not hold (WESTERN_MISREAD), or the text has accented
 *    letters enough for its statistics.
 */
function detectCharset(
  bytes: Uint8Array,
  scores: () => { charset: string; score: number }[] = scoresOnce(bytes),
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
  const cyrillic = scores()[0]!.charset;
  // Fewer of the common letters are enough when chardet too takes the text for Cyrillic.
  const commonShare = best && CYRILLIC.includes(best.name) ? COMMON_SHARE_AGREED : COMMON_SHARE;
  if (readsAsCyrillicWords(read(cyrillic), commonShare)) return cyrillic;
  if (best && MULTI_BYTE_ASIAN.has(best.name)) {
    const confident = best.confidence >= MULTI_BYTE_CONFIDENCE;
    if (confident || readsAsAsianScript(read(best.name))) return best.name;
  }
  const otherLatin = guesses.filter(({ name }) => !NON_LATIN.has(name) && !isWestern(name));
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
/** The bytes read in a candidate charset to judge it. */
const SAMPLE_BYTES = 16 * 1024;
/**
 * The share of letters among the ten commonest Cyrillic ones that make text read as Cyrillic:
 * over half in Bulgarian and Russian prose; less is enough when chardet agrees (ё, ъ, і).
 */
const COMMON_SHARE = 0.45;
const COMMON_SHARE_AGREED = 0.25;

/**
 * Text in the charset it was written in: no byte it cannot read, and words cased as words are
 * (alphabets without case always are). Greek's final sigma ends a word: inside one, it is a
 * Cyrillic Р of KOI8-R capitals read as Greek.
 */
function readsAsWords(text: string): boolean {
  if (text.includes('\ufffd') || /ς\p{L}/u.test(text)) return false;
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
 * Symbols against letters, which Western text does not have and other Latin charsets' letters
 * become in windows-1252: ł → ³, ą → ±, ž → ¾, ś → ¶, š → ¹, ź → ¼.
 */
function symbolsInWords(text: string): boolean {
  return /\p{L}[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]|[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]\p{L}/u.test(text);
}

/** The Cyrillic charsets, best reading first. */
function cyrillicScores(bytes: Uint8Array): { charset: string; score: number }[] {
  const sample = Buffer.from(bytes.subarray(0, SAMPLE_BYTES));
  const scored = CYRILLIC_CANDIDATES.map((charset) => ({
    charset,
    score: cyrillicNaturalness(iconv.decode(sample, charset)),
  }));
  return scored.sort((a, b) => b.score - a.score);
}

/** cyrillicScores of these bytes, worked out once however often asked. */
function scoresOnce(bytes: Uint8Array): () => { charset: string; score: number }[] {
  let scores: { charset: string; score: number }[] | null = null;
  return () => (scores ??= cyrillicScores(bytes));
}

/**
 * The Cyrillic charset to read instead of the declared one, if another reads far better (see
 * cyrillicNaturalness): a gap no true declaration shows.
 */
function betterReading(
  scores: { charset: string; score: number }[],
  declared: string,
): string | null {
  const own = scores.find((entry) => entry.charset === declared)?.score ?? 0;
  const best = scores[0]!;
  return best.charset !== declared && best.score - own > 0.2 ? best.charset : null;
}

/**
 * UTF-8 with some lines in another charset: every line with 8-bit bytes is either valid UTF-8
 * or not, and a line of single-byte Cyrillic (or Latin-1) is practically never valid UTF-8 by
 * chance. When both kinds are there, the UTF-8 lines are read as UTF-8 and the others in the
 * charset detected from them alone. Null when the file is not such a mix.
 */
function decodeMixedLines(bytes: Uint8Array): DecodedText | null {
  // Most files that are not UTF-8 hold no UTF-8 sequence at all: no need to look line by line.
  if (!hasUtf8Sequence(bytes)) return null;
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end + 1;
    lines.push(bytes.subarray(start, stop));
    if (end === -1) break;
    start = stop;
  }
  // Each line read as UTF-8 once: null where it is not UTF-8 (only lines with 8-bit bytes).
  const asUtf8 = lines.map(tryUtf8);
  const eightBit = lines.filter((line) => line.some((byte) => byte >= 0x80)).length;
  const foreign = lines.filter((_, index) => asUtf8[index] === null);
  if (foreign.length === 0 || foreign.length === eightBit) return null;
  const charset = detectCharset(Buffer.concat(foreign));
  const text = lines
    .map((line, index) => asUtf8[index] ?? iconv.decode(Buffer.from(line), charset))
    .join('');
  return { text, charset: `UTF-8 + ${charset}`, reason: 'mixed-lines' };
}

/**
 * Whether text read in a Cyrillic charset is Cyrillic words, not Latin ones with letters
 * swapped: Latin-1 accents read as windows-1251 become Cyrillic letters inside Latin words
 * ("Cafй", "trиs") and another script's letters come out in random case, while Cyrillic copy
 * is well-cased words of Cyrillic letters only, most of them the common ones (see
 * cyrillicNaturalness).
 */
function readsAsCyrillicWords(text: string, commonShare: number): boolean {
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
function wellCased(word: string): boolean {
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

const COMMON_LETTERS = new Set([...'оеаинтсрвл'].map((letter) => letter.charCodeAt(0)));

/**
 * How many bytes of 0x80 and above (accented letters, in Latin text) make a text long enough
 * for chardet's statistics to tell one Latin charset from another. On fewer ("Ça va très
 * bien.", read as windows-1257) they guess.
 */
const LATIN_EVIDENCE = 12;

function highBytes(bytes: Uint8Array): number {
  let count = 0;
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end; i += 1) if (bytes[i]! >= 0x80) count += 1;
  return count;
}

/** Single-byte charsets of alphabets other than Latin and Cyrillic. */
const OTHER_ALPHABETS = new Set([
  'iso-8859-7',
  'windows-1253',
  'windows-874',
  'iso-8859-8',
  'windows-1255',
  'iso-8859-6',
  'windows-1256',
]);

/** Multi-byte charsets of Chinese, Japanese and Korean. */
const MULTI_BYTE_ASIAN = new Set([
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'iso-2022-jp',
  'iso-2022-kr',
  'iso-2022-cn',
]);

/** Charsets of scripts other than Latin: text in one of these read as Western is mojibake. */
const NON_LATIN = new Set([...CYRILLIC, ...OTHER_ALPHABETS, ...MULTI_BYTE_ASIAN]);

/** The Western charsets, as names come out of normaliseCharset and asBrowsersRead. */
const WESTERN = new Set(['iso-8859-1', 'windows-1252', 'iso-8859-15']);

function isWestern(charset: string): boolean {
  return WESTERN.has(charset);
}

/**
 * A declared Western charset as browsers read it (the WHATWG Encoding Standard): ISO-8859-1 and
 * ASCII labels mean windows-1252, whose curly quotes, dashes and € agencies send under them.
 */
function asBrowsersRead(charset: string | null): string | null {
  return charset === 'iso-8859-1' || charset === 'us-ascii' ? 'windows-1252' : charset;
}

/** Canonical lower-case names; GB2312 is read as its superset GB18030. */
export function normaliseCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    latin1: 'iso-8859-1',
    'iso_8859-1': 'iso-8859-1',
    cp1251: 'windows-1251',
    'win-1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    cp1252: 'windows-1252',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    koi8r: 'koi8-r',
    ascii: 'us-ascii',
  };
  return aliases[lower] ?? lower;
}

/** The charset a document declares in its first bytes (XML prolog or HTML meta), if any. */
export function sniffDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}
