import stringWidth from 'string-width';

/**
 * Word wrapping for the plain-text part. Widths are display columns, as a monospaced mail client
 * lays the text out (string-width: Unicode's East Asian Width, grapheme clusters): a combining
 * mark (a Bulgarian stress mark, a decomposed accent) takes none, a Chinese or Japanese
 * character or an emoji two, Cyrillic one (a UTF-8 byte count would wrap Bulgarian at half the
 * width, a code-point count wraps marked text early and wide text past the line).
 *
 * No line is wider than the width, with one exception: an address (a URL, mostly) gets a line of
 * its own and is never broken, since a URL split across lines stops being a link in every mail
 * client. Text without spaces — Chinese, Japanese — breaks between its characters, and any other
 * word longer than the line between grapheme clusters, so no character is ever cut in two.
 */
export const TEXT_WIDTH = 72;

/**
 * Where a line may break: any white space but the no-break ones (U+00A0, the narrow U+202F
 * and the figure space U+2007), which wire copy puts between a number and its unit or
 * thousands ("5 000 лв.") precisely so that no line starts with "000 лв.". JavaScript's \s
 * counts them as spaces.
 */
const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f]+/;

/** A word that holds an address: kept whole whatever its length. */
const ADDRESS = /(?:https?|ftp):\/\/|mailto:|www\./i;

/** Wide characters between which a line may break: ideographs, kana, their punctuation. */
const EMOJI_OR_HANGUL = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Script=Hangul}/u;
/**
 * No line starts with closing punctuation (、。」！ …) or a prolonged sound mark or small kana,
 * nor ends with an opening bracket: the basic kinsoku rules.
 */
const NO_BREAK_BEFORE =
  /^[\p{Pe}\p{Pf}\p{Po}\u30fc\u3005\u303b\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3095\u3096\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6]/u;
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Word widths seen, since the same words recur through an edition (string-width's own cost is
 * ~20 µs a call on anything but ASCII). Bounded: cleared when full.
 */
const widthCache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
const CACHED_LENGTH = 64;

/** The text's display width in columns. */
export function columns(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (text.length > CACHED_LENGTH) {
    let width = 0;
    for (const chunk of chunks(text)) width += stringWidth(chunk);
    return width;
  }
  let width = widthCache.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (widthCache.size >= CACHE_LIMIT) widthCache.clear();
    widthCache.set(text, width);
  }
  return width;
}

/**
 * Wraps each line of `text` to `width`, starting lines with `indent` (or `firstIndent` for the
 * very first one, e.g. "12. " before a hanging indent of four spaces).
 */
export function wrap(
  text: string,
  { width = TEXT_WIDTH, indent = '', firstIndent = indent }: WrapOptions = {},
): string {
  const lines: string[] = [];
  for (const source of text.split(/\r?\n/)) {
    let lead = lines.length === 0 ? firstIndent : indent;
    let line = '';
    // The line's width with its lead, kept as it grows: pieces meet at cluster boundaries, so
    // their widths add up.
    let used = columns(lead);
    const add = (text: string, textWidth = columns(text)) => {
      line += text;
      used += textWidth;
    };
    const push = () => {
      lines.push(lead + line);
      lead = indent;
      line = '';
      used = columns(lead);
    };
    for (const word of source.split(BREAKABLE_SPACE).filter(Boolean)) {
      if (ADDRESS.test(word)) {
        // Whole: on the current line if it fits there, else at the start of the next.
        const wordWidth = columns(word);
        if (line && used + 1 + wordWidth > width) push();
        add(line ? ` ${word}` : word, (line ? 1 : 0) + wordWidth);
        continue;
      }
      wordPieces(word).forEach(([piece, pieceWidth], index) => {
        const space = line && index === 0 ? 1 : 0;
        if (used + space + pieceWidth <= width) {
          add(space ? ` ${piece}` : piece, space + pieceWidth);
          return;
        }
        if (line) push();
        if (used + pieceWidth <= width) {
          add(piece, pieceWidth);
          return;
        }
        // Longer than a line by itself: cut between grapheme clusters (at least one a line).
        for (const segment of clusters(piece)) {
          const segmentWidth = columns(segment);
          if (line && used + segmentWidth > width) push();
          add(segment, segmentWidth);
        }
      });
    }
    lines.push(line ? lead + line : '');
  }
  return lines.join('\n');
}

/** A word and its width as pieces between which a line may break. */
function wordPieces(word: string): [piece: string, width: number][] {
  return IDEOGRAPHIC_SCRIPT.test(word) ? pieces(word) : [[word, columns(word)]];
}

/** Chinese and Japanese: scripts written without spaces between words. */
const IDEOGRAPHIC_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff01-\uff60]/u;

/**
 * A word cut where a line may break inside it: beside an ideograph or kana (text written without
 * spaces), unless punctuation holds the two together.
 */
function pieces(word: string): [piece: string, width: number][] {
  const out: [string, number][] = [];
  let current = '';
  let currentWidth = 0;
  let previous: Cluster | null = null;
  for (const segment of clusters(word)) {
    const cluster: Cluster = { text: segment, width: columns(segment) };
    if (previous && breaksBetween(previous, cluster)) {
      out.push([current, currentWidth]);
      current = '';
      currentWidth = 0;
    }
    current += segment;
    currentWidth += cluster.width;
    previous = cluster;
  }
  if (current) out.push([current, currentWidth]);
  return out;
}

/**
 * A letter of these scripts after another, a digit or punctuation always starts a new grapheme
 * cluster: none of them extends, prepends to or joins with its neighbour (the halfwidth kana
 * voiced marks U+FF9E–F do, and are left out).
 */
const SIMPLE_LETTER =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CHUNK = 128;

/**
 * The text's grapheme clusters. Intl.Segmenter slows down with the length of what it segments
 * (V8 in Node 20: ~2 µs a cluster in 500 characters, ~30 µs in 50,000), and a paragraph of
 * Chinese is one "word"; so a long word is segmented, and measured, in chunks.
 */
function* clusters(text: string): Generator<string> {
  if (PRINTABLE_ASCII.test(text)) {
    yield* text;
    return;
  }
  for (const chunk of chunks(text)) {
    for (const { segment } of graphemes.segment(chunk)) yield segment;
  }
}

/** The text in pieces of about CHUNK code units, each cut where a new cluster certainly starts. */
function* chunks(text: string): Generator<string> {
  let start = 0;
  for (let index = start + CHUNK; index < text.length; index += 1) {
    if (index - start < CHUNK || !clusterStartsAt(text, index)) continue;
    yield text.slice(start, index);
    start = index;
  }
  yield text.slice(start);
}

function clusterStartsAt(text: string, index: number): boolean {
  const before = text[index - 1]!;
  const after = text[index]!;
  if (after === '\uff9e' || after === '\uff9f' || !/\p{L}/u.test(after)) return false;
  if (!SIMPLE_LETTER.test(after)) return false;
  return /[\p{P}0-9]/u.test(before) || (/\p{L}/u.test(before) && SIMPLE_LETTER.test(before));
}

interface Cluster {
  text: string;
  width: number;
}

function breaksBetween(before: Cluster, after: Cluster): boolean {
  if (!isIdeographic(before) && !isIdeographic(after)) return false;
  return !NO_BREAK_BEFORE.test(after.text) && !NO_BREAK_AFTER.test(before.text);
}

function isIdeographic(cluster: Cluster): boolean {
  return cluster.width === 2 && !EMOJI_OR_HANGUL.test(cluster.text);
}

export interface WrapOptions {
  width?: number;
  indent?: string;
  firstIndent?: string;
}
