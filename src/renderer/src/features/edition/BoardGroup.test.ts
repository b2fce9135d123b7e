import { describe, expect, it } from 'vitest';
import type { DigestItem } from '@shared/model';
import type { BoardActions } from './boardActions';
import { sameGroupProps, type BoardGroupProps } from './BoardGroup';
import { LEAD_KEY } from './boardOrder';
import { digestItem } from './test/digestItem';

const item = (id: number, headline?: string): DigestItem =>
  digestItem(id, { position: id, headline });

function props(items: DigestItem[], ids: number[]): BoardGroupProps {
  return {
    groupKey: LEAD_KEY,
    section: null,
    sectionIndex: -1,
    sectionCount: 0,
    ids,
    itemsById: new Map(items.map((entry) => [entry.id, entry])),
    flags: new Map(),
    timeZone: 'Europe/Sofia',
    first: true,
    last: true,
    storyDrop: null,
    groups: [],
    actions: {} as BoardActions,
  };
}

describe('when a board group re-renders', () => {
  const one = item(1);
  const two = item(2);
  const ids = [1, 2];
  const before = props([one, two, item(3)], ids);

  it('skips an answer that changed only other groups (a new map, its own items kept)', () => {
    const after = {
      ...before,
      itemsById: props([one, two, item(3, 'Moved')], ids).itemsById,
      flags: new Map(before.flags),
    };
    expect(sameGroupProps(before, after)).toBe(true);
  });

  it('re-renders when one of its own items changed, or its list, or another prop', () => {
    const renamed = {
      ...before,
      itemsById: props([one, item(2, 'Renamed'), item(3)], ids).itemsById,
    };
    expect(sameGroupProps(before, renamed)).toBe(false);
    expect(sameGroupProps(before, { ...before, ids: [2, 1] })).toBe(false);
    expect(sameGroupProps(before, { ...before, storyDrop: 1 })).toBe(false);
    const flagged = new Map([
      [
        20,
        {
          pubStatus: 'canceled' as const,
          embargoUntil: null,
          expiresAt: null,
          urgency: null,
          wireConflict: false,
        },
      ],
    ]);
    expect(sameGroupProps(before, { ...before, flags: flagged })).toBe(false);
  });
});
