import { parseWireDate } from './dates';

/**
 * The line that closes a control-framed message with its transmission time. IPTC 7901 writes
 * "DDhhmm Mon YY" (no zone: taken as UTC, as dates.ts does for every zoneless wire time); ANPA
 * writes "MM-DD-YY hhmmZONE", where AP's ET/CT/MT/PT follow US daylight saving time.
 */

const IPTC_END = /^(\d{2})(\d{2})(\d{2})\s+(\p{L}{3,4})\.?\s+(\d{2}|\d{4})$/u;
const ANPA_END = /^(?:[A-Z]{1,4}-)*(\d{2})-(\d{2})-(\d{2}|\d{4})\s+(\d{2})(\d{2})\s*([A-Z]{1,4})?$/;

export function isEndLine(line: string): boolean {
  return IPTC_END.test(line) || ANPA_END.test(line);
}

/** The transmission time of such a line, ISO 8601 in UTC; null when it does not read. */
export function endLineTime(line: string | null): string | null {
  if (!line) return null;
  const iptc = IPTC_END.exec(line.trim());
  if (iptc) {
    const [, day, hour, minute, month, year] = iptc;
    return parseWireDate(`${day} ${month} ${fullYear(year!)} ${hour}:${minute}`);
  }
  const anpa = ANPA_END.exec(line.trim());
  if (!anpa) return null;
  const [, month, day, year, hour, minute, zone = 'UTC'] = anpa;
  const y = fullYear(year!);
  const offset = usOffset(zone, y, Number(month), Number(day));
  if (offset === null) return null;
  return parseWireDate(`${y}-${month}-${day}T${hour}:${minute}${offset}`);
}

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value >= 70 ? 1900 + value : 2000 + value;
}

const US_ZONES: Record<string, [standard: number, daylight: number]> = {
  E: [-5, -4],
  C: [-6, -5],
  M: [-7, -6],
  P: [-8, -7],
};

function usOffset(zone: string, year: number, month: number, day: number): string | null {
  if (/^(UTC|UT|GMT|Z)$/.test(zone)) return 'Z';
  const match = /^([ECMP])([SD])?T$/.exec(zone);
  if (!match) return null;
  const [standard, daylight] = US_ZONES[match[1]!]!;
  const summer = match[2] ? match[2] === 'D' : isUsDaylightTime(year, month, day);
  const hours = summer ? daylight : standard;
  return `-${String(-hours).padStart(2, '0')}:00`;
}

/** US daylight saving time (since 2007): second Sunday of March to first Sunday of November. */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  const sunday = (m: number, nth: number) => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (nth - 1) * 7;
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= sunday(3, 2) : day < sunday(11, 1);
}
