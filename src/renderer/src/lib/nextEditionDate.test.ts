import { describe, expect, it } from 'vitest';
import { nextEditionDate } from './nextEditionDate';

describe('the date a new edition is proposed for', () => {
  it('is today before the close time and tomorrow after it, in the newsroom’s zone', () => {
    // 05:00 in Sofia (03:00 UTC), before the 07:00 close: this morning's edition.
    expect(nextEditionDate(new Date('2026-03-14T03:00:00Z'), '07:00', 'Europe/Sofia')).toBe(
      '2026-03-14',
    );
    // 20:00 in Sofia: tomorrow morning's.
    expect(nextEditionDate(new Date('2026-03-14T18:00:00Z'), '07:00', 'Europe/Sofia')).toBe(
      '2026-03-15',
    );
    // 23:30 UTC is already the 15th in Sofia (01:30), before the close.
    expect(nextEditionDate(new Date('2026-03-14T23:30:00Z'), '07:00', 'Europe/Sofia')).toBe(
      '2026-03-15',
    );
    // At the close itself, the next one; across the month's end.
    expect(nextEditionDate(new Date('2026-03-31T05:00:00Z'), '07:00', 'Europe/Sofia')).toBe(
      '2026-04-01',
    );
  });

  it('falls back to today where the zone or the time cannot be read', () => {
    const now = new Date('2026-03-14T12:00:00Z');
    expect(nextEditionDate(now, 'soon', 'Europe/Sofia')).toBe('2026-03-14');
    expect(nextEditionDate(now, '07:00', 'Mars/Olympus')).toMatch(/^2026-03-1[45]$/);
  });
});
