/**
 * The two times the wire sets on a story's use, decided once for the app's badges and banners,
 * the CLI's flags and the pre-send checks, so that none of them tells an editor otherwise.
 */

/**
 * Whether the embargo still holds at `now` (milliseconds). An embargo that cannot be read is
 * treated as holding: the safe side for a newsroom is to warn once too often, never to let it
 * pass unseen.
 */
export function embargoHolds(embargoUntil: string | null | undefined, now: number): boolean {
  if (!embargoUntil) return false;
  const until = Date.parse(embargoUntil);
  return Number.isNaN(until) || until > now;
}

/** Whether the agency's permission to use the story has ended by `now` (milliseconds). */
export function expiryPassed(expiresAt: string | null | undefined, now: number): boolean {
  return expiresAt ? Date.parse(expiresAt) <= now : false;
}
