/**
 * Wire dates in every form real feeds use, to ISO 8601 UTC. Never throws: a date that cannot
 * be read is `null` (the story still imports). A time without a zone is taken as UTC.
 */

// Month and weekday names seen in localised RFC 822 dates (Russian, Bulgarian, German, French…).
const MONTHS: [RegExp, string][] = [
  [/^(янв|яну|jan|janv|jän)/i, 'Jan'],
  [/^(фев|feb|févr|fevr)/i, 'Feb'],
  [/^(мар|mär|mar|mars)/i, 'Mar'],
  [/^(апр|apr|avr)/i, 'Apr'],
  [/^(мая|май|mai|may)/i, 'May'],
  [/^(июн|юни|jun|juin)/i, 'Jun'],
  [/^(июл|юли|jul|juil)/i, 'Jul'],
  [/^(авг|aug|août|aout)/i, 'Aug'],
  [/^(сен|сеп|sep|sept)/i, 'Sep'],
  [/^(окт|okt|oct)/i, 'Oct'],
  [/^(ноя|ное|nov)/i, 'Nov'],
  [/^(дек|dez|dec|déc)/i, 'Dec'],
];

const ZONES: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
  CET: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  BST: '+0100',
  // German copy (dpa's "Sperrfrist … Uhr MESZ").
  MEZ: '+0100',
  MESZ: '+0200',
};

export function parseWireDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const value = input.trim();
  if (value === '') return null;
  const rfc822 = fromRfc822(value);
  // "31 Sep 2025" is no date: not one for Date to roll over into October either.
  if (rfc822 === IMPOSSIBLE_DAY) return null;
  const named = fromIso(value) ?? fromIsoBasic(value) ?? rfc822;
  if (named) return named;
  // A numeric date (10.06.2025) is read here or not at all: Date would take it month first.
  return /^\d{1,2}([./-])\d{1,2}\1\d{2}/.test(value) ? fromNumeric(value) : fromNative(value);
}

/** YYYY-MM-DD of an ISO timestamp (the story's calendar date in UTC). */
export function isoDay(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/**
 * The calendar day a wire date names where it was written: "27 Nov 2025 01:30 +0200" is the
 * 27th, though it is the 26th in UTC. A story filed in Sofia after midnight belongs to that
 * morning's edition. A date without a zone is its own day.
 */
export function wireDay(input: string | null | undefined): string | null {
  const iso = parseWireDate(input);
  if (!iso) return null;
  // Mail and RSS name the zone again in a comment: "+0200 (EET)".
  const written = input!.trim().replace(/(?:\s*\([^()]*\))+$/, '');
  const zone =
    /\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Za-z]{1,5})$/.exec(
      written,
    )?.[1];
  const offset = zone
    ? zoneOffset(/^[+-]/.test(zone) ? isoZone(zone).replace(':', '') : zone)
    : null;
  if (!offset) return iso.slice(0, 10);
  const minutes =
    (offset.startsWith('-') ? -1 : 1) *
    (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10);
}

function valid(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? date.toISOString() : null;
}

function fromIso(value: string): string | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i.exec(
      value,
    );
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = match;
  return valid(new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${isoZone(zone)}`));
}

/** ISO 8601 basic format, as NITF and IPTC 7901 write it: 20260314T083000+0100. */
function fromIsoBasic(value: string): string | null {
  const match =
    /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?\s*(Z|[+-]\d{4}|[+-]\d{2})?)?$/i.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  return valid(new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${isoZone(zone)}`));
}

export function isoZone(zone: string | undefined): string {
  if (!zone || /^z$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/**
 * RFC 822/1123 with optional weekday, localised month names, named or numeric zones; also the
 * Russian "10 сентября 2025 г." and a comma before the time.
 */
/** An RFC 822 date whose day the month does not have. */
const IMPOSSIBLE_DAY = Symbol('impossible day');

function fromRfc822(value: string): string | null | typeof IMPOSSIBLE_DAY {
  const match =
    /^(?:[^\d\s,]+,?\s*)?(\d{1,2})\s+([^\s\d.]+)\.?\s+(\d{2,4})(?:\s*г\.)?,?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/u.exec(
      value.replace(/\s+/g, ' '),
    );
  if (!match) return null;
  const [, day, monthName, yearText, h = '00', mi = '00', s = '00', zoneName] = match;
  const month = MONTHS.find(([pattern]) => pattern.test(monthName!))?.[1];
  if (!month) return null;
  const year = fullYear(yearText!);
  const zone = zoneOffset(zoneName);
  if (zone === null) return null;
  const monthIndex = MONTHS.findIndex(([, name]) => name === month) + 1;
  const iso = `${year}-${pad(monthIndex)}-${pad(day!)}`;
  if (!isRealDate(iso)) return IMPOSSIBLE_DAY;
  return valid(new Date(`${iso}T${pad(h)}:${mi}:${s}${isoZone(zone)}`));
}

/**
 * Numeric dates (10.06.2025 04:00, 10/06/2025, 10-06-2025), day first as Bulgarian, Russian
 * and most European copy writes them; month first only where the second number cannot be a
 * month (06/25/2025). Date's own parser would take them month first, silently.
 */
function fromNumeric(value: string): string | null {
  const match =
    /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?)?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/i.exec(
      value,
    );
  if (!match) return null;
  const [, first, , second, yearText, hour = '0', mi = '00', s = '00', half, zoneName] = match;
  const [day, month] = Number(second) > 12 ? [second!, first!] : [first!, second!];
  const year = fullYear(yearText!);
  let h = Number(hour);
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/p/i.test(half) ? 12 : 0);
  }
  const zone = zoneOffset(zoneName);
  if (zone === null) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  // 31.02.2026 would roll over into March: not a date.
  if (!isRealDate(iso)) return null;
  return valid(new Date(`${iso}T${pad(h)}:${mi}:${s}${isoZone(zone)}`));
}

/** A two-digit year as RFC 2822 reads it: 50–99 are the 1900s ("31 Dec 98"), 00–49 the 2000s. */
function fullYear(text: string): number {
  if (text.length !== 2) return Number(text);
  const short = Number(text);
  return short >= 50 ? 1900 + short : 2000 + short;
}

/** Whether a YYYY-MM-DD is a day of the calendar (2025-02-31 is not: Date rolls it over). */
export function isRealDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

function pad(value: string | number): string {
  return String(value).padStart(2, '0');
}

/** "+0200", a zone's name (EET, GMT), or none (UTC) to "+hhmm"; null for a name not known. */
export function zoneOffset(zoneName: string | undefined): string | null {
  if (!zoneName) return '+0000';
  if (/^[+-]\d{4}$/.test(zoneName)) return zoneName;
  return ZONES[zoneName.toUpperCase()] ?? null;
}

function fromNative(value: string): string | null {
  // Last resort for the odd forms Date understands; numbers alone are not dates.
  if (/^\d+$/.test(value)) return null;
  const parsed = new Date(value);
  if (WRITTEN_ZONE.test(value) || Number.isNaN(parsed.getTime())) return valid(parsed);
  // Date reads a time without a zone in the machine's: a wire time without one is UTC, as
  // everywhere else here, so that every machine files the story under the same time.
  return valid(
    new Date(
      Date.UTC(
        parsed.getFullYear(),
        parsed.getMonth(),
        parsed.getDate(),
        parsed.getHours(),
        parsed.getMinutes(),
        parsed.getSeconds(),
        parsed.getMilliseconds(),
      ),
    ),
  );
}

/** A zone in a value Date reads: Z, GMT/UTC/UT (with an offset or not), ±hh:mm, an EST-like name. */
const WRITTEN_ZONE =
  /\d\s*Z\b|\b(?:GMT|UTC|UT)\b|[+-]\d{2}:?\d{2}\s*$|\b[A-Z]{2,4}T\b|\([A-Z]{3,5}\)/;

/** The month a name starts with, in any language the wires write (1–12), or null. */
export function monthNumber(name: string): number | null {
  const month = MONTHS.find(([pattern]) => pattern.test(name))?.[1];
  return month ? MONTHS.findIndex(([, candidate]) => candidate === month) + 1 : null;
}
