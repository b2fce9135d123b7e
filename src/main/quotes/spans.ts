import { QUOTE_PAIRS } from './lexicon';

export interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets of the marks themselves. */
  open: number;
  close: number;
  /**
   * Fewer than MIN_WORDS words: a name or a term in quotes („Газпром“) unless the words are
   * said by someone ("„Няма пари“, каза Петров"), which only the attribution tells.
   */
  short?: boolean;
}

const OPENERS = new Set(QUOTE_PAIRS.map(([open]) => open));
/** Fewer words than this is mostly a name or a term in quotes („Газпром“), not speech. */
const MIN_WORDS = 3;

/**
 * Finds quoted passages inside each paragraph (quotes never cross a blank line). Guillemets
 * and „…“ nest; the other marks close at the first matching closer; a straight quote pairs with the
 * next straight quote. Passages of one or two words come flagged `short`.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (!OPENERS.has(char) || !opensHere(text, index)) {
      index += 1;
      continue;
    }
    const close = findCloser(text, index);
    if (close === -1) {
      index += 1;
      continue;
    }
    const words = text.slice(index + 1, close).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= MIN_WORDS) spans.push({ start: index + 1, end: close, open: index, close });
    else if (words > 0)
      spans.push({ start: index + 1, end: close, open: index, close, short: true });
    index = close + 1;
  }
  return spans;
}

/** A straight quote opens only where a word starts after it (not after a word: `5"` inches). */
function opensHere(text: string, index: number): boolean {
  if (text[index] !== '"') return true;
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = text[index + 1] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}„«“'‚(]/u.test(after);
}

function findCloser(text: string, open: number): number {
  const opener = text[open]!;
  const closers = QUOTE_PAIRS.filter(([candidate]) => candidate === opener).map(
    ([, close]) => close,
  );
  let depth = 0;
  for (let i = open + 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\n' && text[i + 1] === '\n') return -1; // a quote never crosses paragraphs
    // Guillemets and the Bulgarian „…“ nest (a statement quoted whole, with a quotation in it:
    // „Говорителят съобщи, че „разследването продължава““); the others close at once.
    if ((opener === '«' || opener === '„') && char === opener) depth += 1;
    else if (closers.includes(char)) {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}
