import type { DetectedQuote } from '../../../shared/model';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';

/** `edition quotes <story-id>`: the story's direct quotes and who said them. */
export async function quotesCommand(
  session: CliSession,
  out: Output,
  idArg: string | undefined,
): Promise<number> {
  const quotes = await session.call('stories.quotes', { id: parseId(idArg, 'story id') });
  out.data(quotes, () =>
    quotes.length ? quotes.map(quoteLine).join('\n') : 'No direct quotes found.',
  );
  return 0;
}

function quoteLine(quote: DetectedQuote): string {
  const who = quote.speaker ?? '(speaker unknown)';
  const cue = quote.cue ? ` [${quote.cue}]` : '';
  return `${who}${cue} @${quote.start}-${quote.end}: „${quote.text}“`;
}
