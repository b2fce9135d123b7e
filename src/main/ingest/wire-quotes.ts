import { createHash } from 'node:crypto';
import { contextAround } from '../../shared/anchoring';
import type { WireQuote } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { syncAnchors } from '../handlers/annotation-sync';
import { withMarks, type MarkSpan } from '../lexical/quote-marks';

interface WireStory {
  bodyJson: string;
  bodyText: string;
  contentHash: string;
  quotes: readonly WireQuote[];
}

/**
 * The same for the same story and version wherever it is imported (the same file imported into
 * two stores gives the same rows), and never the same for two: a version has its own hash.
 */
function quoteId(storyId: number, contentHash: string, index: number): string {
  const digest = createHash('sha256').update(`${storyId}:${contentHash}:${index}`).digest('hex');
  return `wire-${digest.slice(0, 32)}`;
}

/**
 * The quotes the wire marked up (NITF `<q quote-source>`, HTML `<q cite>`) as quote annotations
 * on the story: unverified, the speaker the wire named, marked in the text, so a fact-checker
 * finds them with the ones detected and typed. A quote already annotated (the same words, after
 * a wire update) is not annotated twice, and one whose words are not in the body is left to the
 * wire details.
 */
export function annotateWireQuotes(
  ctx: HandlerContext,
  storyId: number,
  story: WireStory,
  now: string,
): void {
  if (story.quotes.length === 0) return;
  // What is annotated already (an earlier version's quotes, their speaker perhaps corrected
  // since): as many of the wire's quotes of the same words as there are annotations of them.
  const annotated = new Map<string, number>();
  for (const entry of ctx.annotations.listForStory(storyId))
    annotated.set(entry.quote, (annotated.get(entry.quote) ?? 0) + 1);
  const spans: MarkSpan[] = [];
  let searchFrom = 0;
  for (const quote of story.quotes) {
    const already = annotated.get(quote.text) ?? 0;
    if (already > 0) annotated.set(quote.text, already - 1);
    if (already > 0 || quote.text.trim() === '') continue;
    // In the order the wire gave them: the same words quoted twice are two places.
    let start = story.bodyText.indexOf(quote.text, searchFrom);
    if (start < 0) start = story.bodyText.indexOf(quote.text);
    if (start < 0) continue;
    const end = start + quote.text.length;
    if (spans.some((span) => span.start < end && start < span.end)) continue;
    searchFrom = end;
    const id = quoteId(storyId, story.contentHash, spans.length);
    spans.push({ id, start, end });
    ctx.annotations.create(
      {
        id,
        storyId,
        type: 'quote',
        status: 'unverified',
        speaker: quote.source,
        sourceName: null,
        sourceUrl: null,
        ...contextAround(story.bodyText, start, end),
      },
      null,
      now,
    );
  }
  if (spans.length > 0) ctx.stories.setBodyJson(storyId, withMarks(story.bodyJson, spans));
}

/**
 * A wire update replaced the body: annotations whose marks went with the old text are orphaned
 * (the editor anchors them again where their quote still stands), and the new text's quotes
 * are annotated.
 */
export function annotateUpdatedWireQuotes(
  ctx: HandlerContext,
  storyId: number,
  story: WireStory,
  now: string,
): void {
  syncAnchors(ctx, storyId, JSON.parse(story.bodyJson));
  annotateWireQuotes(ctx, storyId, story, now);
}
