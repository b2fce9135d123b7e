import type { StorySummary } from '@shared/model';
import { embargoHolds, expiryPassed } from '@shared/wire-times';

/** The fields that decide a story's warnings: StorySummary and Story both carry them. */
export type StoryFlags = Pick<
  StorySummary,
  'pubStatus' | 'embargoUntil' | 'expiresAt' | 'urgency' | 'wireConflict'
>;

export type StoryBadge =
  | { kind: 'canceled' }
  /** `at`: when the agency's permission to use the story ended. */
  | { kind: 'expired'; at: string }
  | { kind: 'withheld' }
  | { kind: 'flash' }
  | { kind: 'urgent' }
  /** `until` is the wire's ISO time; `valid` is false when it could not be read (shown as is). */
  | { kind: 'embargo'; until: string; valid: boolean }
  | { kind: 'conflict' };

/** Milliseconds of an ISO time, or NaN. */
function timeOf(iso: string): number {
  return Date.parse(iso);
}

/** The badges a story shows at `now`, most serious first. */
export function storyBadges(flags: StoryFlags, now: number): StoryBadge[] {
  const badges: StoryBadge[] = [];
  if (flags.pubStatus === 'canceled') badges.push({ kind: 'canceled' });
  if (flags.expiresAt && expiryPassed(flags.expiresAt, now))
    badges.push({ kind: 'expired', at: flags.expiresAt });
  if (flags.pubStatus === 'withheld') badges.push({ kind: 'withheld' });
  if (flags.urgency === 1) badges.push({ kind: 'flash' });
  else if (flags.urgency === 2 || flags.urgency === 3) badges.push({ kind: 'urgent' });
  if (flags.embargoUntil && embargoHolds(flags.embargoUntil, now)) {
    badges.push({
      kind: 'embargo',
      until: flags.embargoUntil,
      valid: !Number.isNaN(timeOf(flags.embargoUntil)),
    });
  }
  if (flags.wireConflict) badges.push({ kind: 'conflict' });
  return badges;
}

/**
 * When the badges change next by themselves (an embargo running out, the story expiring), or
 * null if never.
 */
export function nextBadgeChange(flags: StoryFlags, now: number): number | null {
  const upcoming = [flags.embargoUntil, flags.expiresAt]
    .map((iso) => (iso ? timeOf(iso) : NaN))
    .filter((time) => !Number.isNaN(time) && time > now);
  return upcoming.length > 0 ? Math.min(...upcoming) : null;
}
