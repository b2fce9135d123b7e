import type { Story, StorySummary } from '../../shared/model';
import { embargoHolds, expiryPassed } from '../../shared/wire-times';

/**
 * Stories as the CLI prints them for people (--json prints the data itself). What an editor
 * must know before using a story — withdrawn, embargoed, expired, in conflict with the wire,
 * one of several near duplicates — is said here as in the app's badges and banners.
 */
export function storyLine(story: StorySummary, now: Date = new Date()): string {
  const date = story.wireTime?.slice(0, 10) ?? story.storyDate ?? story.receivedAt.slice(0, 10);
  const flags = storyFlags(story, now);
  const line = `#${story.id}\t${date}\t${story.source ?? '-'}\t${story.headline}`;
  return flags.length > 0 ? `${line}\t[${flags.join('; ')}]` : line;
}

export function storyText(story: Story, now: Date = new Date()): string {
  const flags = storyFlags(story, now);
  const meta = [
    flags.length > 0 && `Flags:    ${flags.join('; ')}`,
    story.kicker && `Kicker:   ${story.kicker}`,
    `Date:     ${story.storyDate ?? '-'}`,
    story.wireTime && `Wire time: ${utc(story.wireTime)}`,
    // The list dates a story the wire gave no day or time by this: said here, not left a riddle.
    `Arrived:  ${utc(story.receivedAt)}`,
    `Source:   ${story.source ?? '-'}`,
    story.byline && `Byline:   ${story.byline}`,
    `Language: ${story.language ?? '-'}   Format: ${story.format}   Revision: ${story.revision}`,
    story.expiresAt && `Use until: ${utc(story.expiresAt)}`,
  ].filter(Boolean);
  return [`#${story.id} ${story.headline}`, ...meta, '', story.bodyText].join('\n');
}

function storyFlags(
  story: Pick<StorySummary, 'pubStatus' | 'embargoUntil' | 'wireConflict'> &
    Partial<Pick<StorySummary, 'similarCount'>> &
    Partial<Pick<Story, 'expiresAt'>>,
  now: Date,
): string[] {
  const flags: string[] = [];
  if (story.pubStatus === 'canceled') flags.push('CANCELED by the agency');
  else if (story.pubStatus === 'withheld') flags.push('withheld by the agency');
  if (story.expiresAt && expiryPassed(story.expiresAt, now.getTime()))
    flags.push(`EXPIRED ${utc(story.expiresAt)}`);
  if (story.embargoUntil && embargoHolds(story.embargoUntil, now.getTime()))
    flags.push(`EMBARGO until ${utc(story.embargoUntil)}`);
  if (story.wireConflict) flags.push('wire update over edits');
  if (story.similarCount) flags.push(`${story.similarCount} similar`);
  return flags;
}

/** "2026-03-14 10:00 UTC": a script's reader and a log agree on it, whatever the machine's zone. */
function utc(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? iso
    : `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
