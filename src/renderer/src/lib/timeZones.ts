/** The zones a newsroom here most likely means, first in the suggestions. */
const COMMON_ZONES = [
  'Europe/Sofia',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Istanbul',
  'Europe/Berlin',
  'Europe/London',
  'Europe/Moscow',
  'America/New_York',
  'UTC',
];

/** Whether this browser (and so main, on the same ICU data) knows the IANA zone. */
export function validZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone.trim() });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the browser knows, the common ones first. */
export function zoneChoices(): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...COMMON_ZONES, ...all])];
}
