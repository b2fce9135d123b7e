import type { DetectedQuote } from '../../shared/model';
import { detectQuotes } from './detect';

/**
 * Quote detection of the texts asked about lately, kept by the text itself and its language:
 * the pre-send checks detect the quotes of every story of the edition (quotes no one has
 * marked), each export and preview runs them, and the annotations panel asks after every save
 * — while a story's text changes only as it is edited. Keyed by the words, never stale.
 */
const MAX_TEXTS = 200;
const detected = new Map<string, DetectedQuote[]>();

export function detectQuotesCached(text: string, language: string | null): DetectedQuote[] {
  const key = `${language ?? ''}\u0000${text}`;
  const known = detected.get(key);
  if (known) {
    // Most recently used last: the oldest goes first when the cache is full.
    detected.delete(key);
    detected.set(key, known);
    return known;
  }
  const quotes = detectQuotes(text, language);
  detected.set(key, quotes);
  if (detected.size > MAX_TEXTS) detected.delete(detected.keys().next().value!);
  return quotes;
}
