/**
 * Re-anchoring an annotation whose text was deleted: find where its quote stands again in the
 * story's plain text. Exact matches are ranked by how well their surroundings match the saved
 * prefix and suffix; failing that, a fuzzy match (diff-match-patch's bitap) finds a
 * near-identical quote — a typo fixed, a word changed — above MIN_SIMILARITY.
 */
import DiffMatchPatch from 'diff-match-patch';

export interface AnchorContext {
  quote: string;
  /** Up to CONTEXT_CHARS of text before and after the quote when it was last anchored. */
  prefix: string;
  suffix: string;
}

export interface AnchorMatch {
  start: number;
  end: number;
  /** 1 for the exact quote with matching surroundings, lower for fuzzier matches. */
  score: number;
  exact: boolean;
}

export const CONTEXT_CHARS = 32;
export const MIN_SIMILARITY = 0.8;
/** bitap searches patterns of at most 32 characters. */
const BITAP_CHARS = 32;

export function contextAround(text: string, start: number, end: number): AnchorContext {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

export function findAnchor(text: string, anchor: AnchorContext): AnchorMatch | null {
  if (anchor.quote.trim() === '') return null;
  return exactMatch(text, anchor) ?? fuzzyMatch(text, anchor);
}

function exactMatch(text: string, anchor: AnchorContext): AnchorMatch | null {
  let best: AnchorMatch | null = null;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const end = at + anchor.quote.length;
    const context =
      (commonSuffix(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
        commonPrefix(text.slice(end, end + anchor.suffix.length), anchor.suffix)) /
      Math.max(1, anchor.prefix.length + anchor.suffix.length);
    const score = 0.9 + 0.1 * context;
    if (!best || score > best.score) best = { start: at, end, score, exact: true };
  }
  return best;
}

function fuzzyMatch(text: string, anchor: AnchorContext): AnchorMatch | null {
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.3;
  dmp.Match_Distance = Math.max(1000, text.length);
  const head = anchor.quote.slice(0, BITAP_CHARS);
  const start = dmp.match_main(text, head, 0);
  if (start === -1) return null;
  let end = start + anchor.quote.length;
  if (anchor.quote.length > BITAP_CHARS) {
    const tail = anchor.quote.slice(-BITAP_CHARS);
    const tailAt = dmp.match_main(text, tail, Math.max(start, end - BITAP_CHARS));
    if (tailAt !== -1 && tailAt >= start) end = tailAt + tail.length;
  }
  end = Math.min(end, text.length);
  const candidate = text.slice(start, end);
  const diffs = dmp.diff_main(anchor.quote, candidate);
  const distance = dmp.diff_levenshtein(diffs);
  const similarity = 1 - distance / Math.max(anchor.quote.length, candidate.length, 1);
  if (similarity < MIN_SIMILARITY) return null;
  return { start, end, score: 0.9 * similarity, exact: false };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}
