import { describe, expect, it } from 'vitest';
import { embargoHolds } from '@shared/wire-times';
import { nextBadgeChange, storyBadges, type StoryFlags } from './storyBadges';

const plain: StoryFlags = {
  pubStatus: null,
  embargoUntil: null,
  expiresAt: null,
  urgency: null,
  wireConflict: false,
};
const NOW = Date.parse('2026-03-14T09:00:00Z');

describe('storyBadges', () => {
  it('shows nothing for a plain story', () => {
    expect(storyBadges(plain, NOW)).toEqual([]);
    expect(storyBadges({ ...plain, pubStatus: 'usable', urgency: 5 }, NOW)).toEqual([]);
  });

  it('marks canceled and withheld stories', () => {
    expect(storyBadges({ ...plain, pubStatus: 'canceled' }, NOW)).toEqual([{ kind: 'canceled' }]);
    expect(storyBadges({ ...plain, pubStatus: 'withheld' }, NOW)).toEqual([{ kind: 'withheld' }]);
  });

  it('marks urgency 1 as flash, 2–3 as urgent, and nothing below', () => {
    const kinds = (urgency: number | null) =>
      storyBadges({ ...plain, urgency }, NOW).map((b) => b.kind);
    expect(kinds(1)).toEqual(['flash']);
    expect(kinds(2)).toEqual(['urgent']);
    expect(kinds(3)).toEqual(['urgent']);
    expect(kinds(4)).toEqual([]);
    expect(kinds(9)).toEqual([]);
    expect(kinds(null)).toEqual([]);
  });

  it('marks a story once the time the agency allowed its use has passed, and says when that is', () => {
    const at = '2026-03-14T10:00:00Z';
    const flags = { ...plain, expiresAt: at };
    expect(storyBadges(flags, NOW)).toEqual([]);
    expect(nextBadgeChange(flags, NOW)).toBe(Date.parse(at));
    expect(storyBadges(flags, Date.parse(at))).toEqual([{ kind: 'expired', at }]);
    expect(nextBadgeChange(flags, Date.parse(at))).toBeNull();
    // Before an embargo's end, the nearer of the two changes comes first.
    expect(nextBadgeChange({ ...flags, embargoUntil: '2026-03-14T09:30:00Z' }, NOW)).toBe(
      Date.parse('2026-03-14T09:30:00Z'),
    );
  });

  it('shows an embargo only while it holds', () => {
    const until = '2026-03-14T10:00:00Z';
    const flags = { ...plain, embargoUntil: until };
    expect(storyBadges(flags, NOW)).toEqual([{ kind: 'embargo', until, valid: true }]);
    expect(storyBadges(flags, Date.parse(until) - 1)).toHaveLength(1);
    expect(storyBadges(flags, Date.parse(until))).toEqual([]);
    expect(storyBadges(flags, Date.parse('2026-03-15T00:00:00Z'))).toEqual([]);
  });

  it('treats an unreadable embargo as holding, the safe side', () => {
    expect(embargoHolds('next Tuesday', NOW)).toBe(true);
    expect(storyBadges({ ...plain, embargoUntil: 'next Tuesday' }, NOW)).toEqual([
      { kind: 'embargo', until: 'next Tuesday', valid: false },
    ]);
    expect(nextBadgeChange({ ...plain, embargoUntil: 'next Tuesday' }, NOW)).toBeNull();
  });

  it('marks a wire conflict, and orders the most serious first', () => {
    const all: StoryFlags = {
      pubStatus: 'canceled',
      embargoUntil: '2026-03-14T12:00:00+02:00',
      expiresAt: null,
      urgency: 1,
      wireConflict: true,
    };
    expect(storyBadges(all, NOW).map((b) => b.kind)).toEqual([
      'canceled',
      'flash',
      'embargo',
      'conflict',
    ]);
  });

  it('knows when the badges change by themselves', () => {
    const until = '2026-03-14T10:00:00Z';
    expect(nextBadgeChange({ ...plain, embargoUntil: until }, NOW)).toBe(Date.parse(until));
    expect(nextBadgeChange({ ...plain, embargoUntil: until }, Date.parse(until) + 1)).toBeNull();
    expect(nextBadgeChange(plain, NOW)).toBeNull();
  });
});
