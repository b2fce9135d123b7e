import { describe, expect, it } from 'vitest';
import { editionWindow } from './window';

describe('edition window', () => {
  it('runs from the previous close time to this one, local time', () => {
    expect(editionWindow('2026-03-14', '07:00', 'Europe/Sofia')).toEqual({
      start: '2026-03-13T05:00:00.000Z',
      end: '2026-03-14T05:00:00.000Z',
      firstDay: '2026-03-13',
    });
  });

  it('leaves no hour out and counts none twice across the daylight-saving changes', () => {
    for (const [before, after] of [
      ['2026-10-24', '2026-10-25'], // clocks back: the window is 25 hours
      ['2026-03-28', '2026-03-29'], // clocks forward: 23 hours
    ] as const) {
      const first = editionWindow(before, '07:00', 'Europe/Sofia');
      const second = editionWindow(after, '07:00', 'Europe/Sofia');
      expect(second.start).toBe(first.end);
    }
    // A close time inside the hour the spring change skips, in zones whose clocks jump at
    // different times: each edition still starts where the day before ended.
    for (const [zone, close, before, after] of [
      ['Europe/Sofia', '03:30', '2026-03-28', '2026-03-29'],
      ['America/New_York', '02:30', '2026-03-07', '2026-03-08'],
      ['Australia/Sydney', '02:30', '2026-10-03', '2026-10-04'],
    ] as const)
      expect(editionWindow(after, close, zone).start, zone).toBe(
        editionWindow(before, close, zone).end,
      );
    expect(editionWindow('2026-10-25', '07:00', 'Europe/Sofia').start).toBe(
      '2026-10-24T04:00:00.000Z', // 07:00 summer time, the day before
    );
  });
});
