import { DateTime } from 'luxon';

/**
 * An edition's window: from `start` to `end` (UTC), and `firstDay`, the local date it starts
 * on. A story dated without a time is placed by its arrival, but never when its date is before
 * `firstDay`: that is old copy sent again (an archive, a sample), not the day's news.
 */
export interface WindowRange {
  start: string;
  end: string;
  firstDay: string;
}

/**
 * An edition covers the day before its close time, in its own time zone: the 07:00
 * Sofia edition of 14 March covers 13 March 07:00 to 14 March 07:00 local time, whatever the
 * zone of the machine or the daylight-saving change in between (luxon does the zone rules).
 */
export function editionWindow(date: string, closeTime: string, timezone: string): WindowRange {
  const end = closeOf(date, closeTime, timezone);
  // From the close of the day before, not 24 hours back: across a clock change the window is 23
  // or 25 hours long, and consecutive editions meet without a gap or an overlap even when the
  // close time falls in an hour the change skips.
  const dayBefore = DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;
  const start = closeOf(dayBefore, closeTime, timezone);
  return { start: start.toUTC().toISO()!, end: end.toUTC().toISO()!, firstDay: dayBefore };
}

function closeOf(date: string, closeTime: string, timezone: string): DateTime {
  const close = DateTime.fromISO(`${date}T${closeTime}`, { zone: timezone });
  if (!close.isValid)
    throw new Error(
      `invalid edition time ${date} ${closeTime} ${timezone}: ${close.invalidExplanation}`,
    );
  return close;
}

export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}
