import { describe, expect, it } from 'vitest';
import type { Story, StorySummary } from '../../shared/model';
import { storyLine, storyText } from './story-text';

const NOW = new Date('2026-03-14T08:00:00Z');

const summary = (overrides: Partial<StorySummary> = {}): StorySummary => ({
  id: 7,
  headline: 'Бюджетът е приет',
  source: 'БТА',
  format: 'nitf',
  language: 'bg',
  storyDate: '2026-03-14',
  wireTime: '2026-03-14T06:00:00.000Z',
  receivedAt: '2026-03-14T06:01:00.000Z',
  updatedAt: '2026-03-14T06:01:00.000Z',
  excerpt: '',
  pubStatus: 'usable',
  embargoUntil: null,
  expiresAt: null,
  urgency: null,
  wireConflict: false,
  similarGroup: null,
  similarCount: 0,
  similarCanceled: 0,
  similarEmbargoUntil: null,
  ...overrides,
});

describe('stories as the CLI prints them', () => {
  it('prints a usable story as id, date, source and headline, and nothing more', () => {
    expect(storyLine(summary(), NOW)).toBe('#7\t2026-03-14\tБТА\tБюджетът е приет');
  });

  it('says what must be known before using a story, at the end of its line', () => {
    const line = storyLine(
      summary({
        pubStatus: 'canceled',
        embargoUntil: '2026-03-14T10:00:00.000Z',
        wireConflict: true,
        similarGroup: 3,
        similarCount: 2,
      }),
      NOW,
    );
    expect(line).toBe(
      '#7\t2026-03-14\tБТА\tБюджетът е приет\t[CANCELED by the agency; EMBARGO until 2026-03-14 10:00 UTC; wire update over edits; 2 similar]',
    );
    expect(storyLine(summary({ expiresAt: '2026-03-14T07:30:00.000Z' }), NOW)).toBe(
      '#7\t2026-03-14\tБТА\tБюджетът е приет\t[EXPIRED 2026-03-14 07:30 UTC]',
    );
    // An embargo that has lifted is no longer news.
    expect(storyLine(summary({ embargoUntil: '2026-03-14T07:00:00.000Z' }), NOW)).not.toContain(
      'EMBARGO',
    );
  });

  it('shows a story with its flags and the time it may be used until', () => {
    const story = {
      ...summary(),
      byline: null,
      dateline: null,
      kicker: null,
      revision: 1,
      bodyText: 'Текст.',
      expiresAt: '2026-03-14T07:30:00.000Z',
    } as unknown as Story;
    expect(storyText(story, NOW).split('\n').slice(0, 3)).toEqual([
      '#7 Бюджетът е приет',
      'Flags:    EXPIRED 2026-03-14 07:30 UTC',
      'Date:     2026-03-14',
    ]);
    expect(storyText(story, NOW)).toContain('Use until: 2026-03-14 07:30 UTC');
  });

  it('says when a story arrived: what the list dates it by when the wire gives no date', () => {
    const listed = summary({
      storyDate: null,
      wireTime: null,
      receivedAt: '2026-11-28T09:12:00.000Z',
    });
    const undated = { ...listed, bodyText: 'Текст.' } as unknown as Story;
    expect(storyLine(listed, NOW)).toMatch(/^#7\t2026-11-28\t/);
    expect(storyText(undated, NOW)).toContain('Date:     -\nArrived:  2026-11-28 09:12 UTC');
    const dated = { ...summary(), bodyText: 'Текст.' } as unknown as Story;
    expect(storyText(dated, NOW)).toContain('Wire time: 2026-03-14 06:00 UTC');
  });
});
