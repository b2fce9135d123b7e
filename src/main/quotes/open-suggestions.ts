import type { Annotation, DetectedQuote, LexicalStateJson } from '../../shared/model';
import { marksIn, type MarkRange } from '../lexical/marks';

/**
 * The detected quotes still to suggest: neither dismissed nor already annotated. "Annotated"
 * is by place, not by words: an annotation whose mark covers most of the quote takes it, while
 * a claim elsewhere with the same words ("4,2 милиарда лева" in the lead) or a short claim
 * inside the quote leaves it to be suggested. An annotation not yet saved with its mark (the
 * editor saves a moment after marking) takes the quote it covers by words. A quote dismissed when
 * its text still carried the comma before the attribution ("We will not retreat,") stays
 * dismissed now that the comma is left out.
 */
export function openSuggestions(
  detected: readonly DetectedQuote[],
  body: LexicalStateJson,
  annotations: readonly Annotation[],
  dismissed: ReadonlySet<string>,
): DetectedQuote[] {
  const live = annotations.filter((annotation) => !annotation.orphaned);
  const marks = live.length > 0 ? marksIn(body).marks : new Map<string, MarkRange>();
  return detected.filter(
    (quote) =>
      !dismissed.has(quote.text) &&
      !dismissed.has(`${quote.text},`) &&
      !live.some((annotation) => {
        const range = marks.get(annotation.id);
        return range ? coversMost(range, quote) : annotation.quote.includes(quote.text);
      }),
  );
}

function coversMost(range: MarkRange, quote: DetectedQuote): boolean {
  const overlap = Math.min(range.end, quote.end) - Math.max(range.start, quote.start);
  return overlap * 2 > quote.end - quote.start;
}
