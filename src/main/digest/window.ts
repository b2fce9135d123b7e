import { DateTime } from 'luxon';

/**
 * An edition covers the day before its close time, in its own time zone: the 07:00
 * Sofia edition of 14 March covers 13 March 07:00 to 14 March 07:00 local time, whatever the
 * zone of the machine or the daylight-saving change in between (luxon does the zone rules).
 */
export function editionWindow(
  date: string,
  closeTime: string,
  timezone: string,
): { start: string; end: string } {
  const end = DateTime.fromISO(`${date}T${closeTime}`, { zone: timezone });
  if (!end.isValid)
    throw new Error(
      `invalid edition time ${date} ${closeTime} ${timezone}: ${end.invalidExplanation}`,
    );
  // A day, not 24 hours: across a clock change the window is 23 or 25 hours long, and the
  // editions of consecutive days meet without a gap or an overlap.
  return { start: end.minus({ days: 1 }).toUTC().toISO()!, end: end.toUTC().toISO()! };
}

export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}
