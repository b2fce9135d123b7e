import type { StoryFormat } from '../../shared/model';
import { decodeTransmission, frames, readBody, type Frame } from './control-framed';
import { datelineOf } from './lead-dateline';
import type { BytesParsed } from './registry';
import { endLineTime } from './transmission-time';
import { isoDay } from './dates';
import { paragraphBlocks } from './html-document';
import { headlineFromLead } from './headline';
import { guessLanguage } from './language';
import { bodyOrFallback, dropRepeatedHeadline } from './story-fields';
import { ImportError, newStory, type ImportedStory } from './types';

/** What the header of a control-framed message says, as each format reads it. */
export interface FramedHeader {
  slugline: string | null;
  urgency: number | null;
  subjects: string[];
}

/**
 * A whole control-framed transmission (IPTC 7901, ANPA 1312) to its stories: decoded at once,
 * each message read by the format's header reader. `nothing` is said when no message has text.
 */
export function framedStories(
  bytes: Uint8Array,
  format: StoryFormat,
  readHeader: (header: string) => FramedHeader,
  nothing: string,
  polish?: (paragraph: string) => string,
): BytesParsed {
  const { text, charset } = decodeTransmission(bytes);
  const stories = frames(text).flatMap(
    (frame) => framedStory(format, frame, readHeader(frame.header), polish) ?? [],
  );
  if (stories.length === 0) throw new ImportError(nothing, { key: 'noText' });
  return { stories, charset };
}

/**
 * One framed message to a story. The wire's message numbers recycle (daily or per service), so
 * they are not a wire identity: wireId stays empty rather than let today's story 14 replace
 * yesterday's.
 */
export function framedStory(
  format: StoryFormat,
  frame: Frame,
  header: FramedHeader,
  polish: (paragraph: string) => string = (paragraph) => paragraph,
): ImportedStory | null {
  const body = readBody(frame.body, header.slugline);
  const paragraphs = body.paragraphs.map(polish);
  const lead = paragraphs[0] ?? null;
  // A message without text (its header and keyword only) is no story.
  const headline =
    (body.headline && polish(body.headline)) ?? (lead ? headlineFromLead(lead) : null);
  if (!headline) return null;
  const place = lead ? datelineOf(lead) : null;
  const trailerLine = frame.trailer
    .split('\n')
    .map((line) => line.replace(/[<=]+\s*$/, '').trim())
    .find((line) => line !== '');
  const wireTime = endLineTime(body.endLine) ?? endLineTime(trailerLine ?? null);
  const blocks = bodyOrFallback(
    dropRepeatedHeadline(paragraphBlocks(paragraphs), headline),
    headline,
  );
  // First in the text, where every importer leaves such a line: withTextEmbargo reads it there.
  if (body.embargoLine) blocks.unshift(...paragraphBlocks([body.embargoLine]));
  return newStory({
    format,
    headline,
    byline: body.byline,
    dateline: place?.dateline ?? null,
    source: place?.source ?? null,
    language: guessLanguage(`${headline}\n${paragraphs.join('\n')}`),
    storyDate: isoDay(wireTime),
    wireTime,
    blocks,
    urgency: header.urgency,
    slugline: header.slugline,
    subjects: header.subjects,
  });
}
