import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './dates';

describe('dates', () => {
  it('formats in the UI language and leaves unreadable text as it is', () => {
    const iso = '2026-03-14T10:30:00Z';
    const expected = new Intl.DateTimeFormat('bg', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(Date.parse(iso));
    expect(formatDateTime(iso, 'bg')).toBe(expected);
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });

  it('formats in a given time zone: an edition’s, whatever the computer’s', () => {
    const iso = '2026-11-28T04:00:00Z';
    expect(formatDateTime(iso, 'en-GB', 'Europe/Sofia')).toMatch(/06:00/);
    expect(formatDateTime(iso, 'en-GB', 'America/New_York')).toMatch(/23:00/);
  });

  it('names the zone of a time said in a zone other than the computer’s, and only then', () => {
    const iso = '2026-11-28T04:00:00Z';
    const computer = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const other = computer === 'Europe/Sofia' ? 'America/New_York' : 'Europe/Sofia';
    // en-GB names Sofia's winter zone "EET" and New York's "GMT-5".
    expect(formatDateTime(iso, 'en-GB', other)).toMatch(/\d \((EET|GMT-5)\)$/);
    expect(formatDateTime(iso, 'en-GB', computer)).toBe(formatDateTime(iso, 'en-GB'));
    expect(formatDateTime(iso, 'en-GB', computer)).not.toMatch(/\(/);
    // Another name for a zone at the computer's time, or one with the same clock at that moment.
    const sameClock = computer === 'UTC' ? 'Etc/UTC' : computer;
    expect(formatDateTime(iso, 'en-GB', sameClock)).toBe(formatDateTime(iso, 'en-GB'));
  });

  it('formats a calendar day without shifting it across time zones', () => {
    expect(formatDay('2026-03-14', 'en')).toContain('14');
    expect(formatDay('2026-03-14', 'en')).toContain('2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});
