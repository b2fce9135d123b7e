import { todayLocal } from './localDate';

/**
 * The date of the next edition to close, in the newsroom's zone: today's until its close time,
 * tomorrow's after it. At 20:00 an editor composes tomorrow morning's edition; at 05:00, before
 * the 07:00 close, today's. Unknown zones and times fall back to today in the computer's zone.
 */
export function nextEditionDate(now: Date, closeTime: string, timezone: string): string {
  const close = /^(\d{2}):(\d{2})$/.exec(closeTime);
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(now)
        .map((part) => [part.type, part.value]),
    );
  } catch {
    return todayLocal(now);
  }
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  if (!close) return today;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  const closesAt = Number(close[1]) * 60 + Number(close[2]);
  if (minutes < closesAt) return today;
  // The calendar day after: computed on the date alone, so that no clock change can skip it.
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
