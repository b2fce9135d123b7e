/** Dates as the UI's language writes them, in the user's own time zone. */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, options);
    cache.set(key, found);
  }
  return found;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * Makes the formatters ready before they are needed. A page's first Intl.DateTimeFormat loads
 * the date data of the ICU library (some 20 ms); without this, opening the first story pays it.
 */
export function prepareDateFormats(language: string): void {
  formatter(language, DATE_TIME);
  formatter(language, DAY);
}

/**
 * An ISO time as a date and time ("14 Mar 2026, 10:00"), in the computer's time zone or the one
 * given (an edition's, as its board shows every time); unreadable text is shown as is. A time
 * in a zone other than the computer's names it ("14 Mar 2026, 10:00 (GMT+2)"): the inbox says
 * the same embargo in the computer's zone, and two unlabelled times for one moment would
 * leave the editor to guess which is right.
 */
export function formatDateTime(
  iso: string,
  language: string,
  timeZone?: string,
  /** False where the caller names the zone itself ("12:00 (Europe/Sofia)"). */
  nameZone = true,
): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  if (!timeZone || timeZone === computerZone()) return formatter(language, DATE_TIME).format(time);
  const shown = formatter(language, { ...DATE_TIME, timeZone }).format(time);
  if (!nameZone) return shown;
  // The same wall time as the computer's (Europe/Kiev and Europe/Kyiv, Sofia and Athens): the
  // two cannot disagree, and need no name.
  if (shown === formatter(language, DATE_TIME).format(time)) return shown;
  const zone = formatter(language, { timeZone, timeZoneName: 'short', hour: 'numeric' })
    .formatToParts(time)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${shown} (${zone})` : shown;
}

function computerZone(): string {
  return formatter('en', {}).resolvedOptions().timeZone;
}

/** A calendar date (YYYY-MM-DD, no time zone) as the language writes it. */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatter(language, DAY).format(date);
}
