import { describe, expect, it } from 'vitest';
import type { Digest, DigestItem } from '@shared/model';
import {
  boardOrderOf,
  groupKey,
  LEAD_KEY,
  moveInOrder,
  neighbourOf,
  placeOf,
  sameOrder,
  sectionIdOf,
  shareItems,
  shareOrder,
  stepTarget,
  withItemBack,
  withMove,
  withoutItem,
  withSectionMove,
} from './boardOrder';
import { digestItem, testDigest } from './test/digestItem';

const item = (id: number, sectionId: number | null, position: number): DigestItem =>
  digestItem(id, { sectionId, position });

/** Lead: 1, 2; section 7 ("World", second): 5; section 3 ("Sport", first): 3, 4. */
function digest(): Digest {
  return testDigest({
    revision: 4,
    sections: [
      { id: 7, name: 'World', position: 1 },
      { id: 3, name: 'Sport', position: 0 },
    ],
    items: [item(2, null, 1), item(1, null, 0), item(4, 3, 1), item(3, 3, 0), item(5, 7, 0)],
  });
}

describe('board order', () => {
  it('groups the lead first, then sections by position, items by position', () => {
    expect(boardOrderOf(digest())).toEqual({
      groups: ['lead', 'section-3', 'section-7'],
      items: { lead: [1, 2], 'section-3': [3, 4], 'section-7': [5] },
    });
  });

  it('names groups both ways', () => {
    expect(groupKey(null)).toBe(LEAD_KEY);
    expect(sectionIdOf(groupKey(12))).toBe(12);
    expect(sectionIdOf(LEAD_KEY)).toBeNull();
    expect(() => sectionIdOf('nonsense')).toThrow();
  });

  it('keeps an item of an unknown section in the lead rather than losing it', () => {
    const d = digest();
    d.items.push(item(9, 99, 0));
    expect(boardOrderOf(d).items.lead).toEqual([1, 2, 9]);
  });

  it('moves within a group to the index it has afterwards', () => {
    const order = boardOrderOf(digest());
    expect(moveInOrder(order, 1, LEAD_KEY, 1).items.lead).toEqual([2, 1]);
    expect(moveInOrder(order, 3, 'section-3', 5).items['section-3']).toEqual([4, 3]);
  });

  it('moves across groups and leaves untouched groups as they were (same arrays)', () => {
    const order = boardOrderOf(digest());
    const moved = moveInOrder(order, 2, 'section-7', 0);
    expect(moved.items.lead).toEqual([1]);
    expect(moved.items['section-7']).toEqual([2, 5]);
    expect(moved.items['section-3']).toBe(order.items['section-3']);
    expect(order.items.lead).toEqual([1, 2]);
  });

  it('ignores an unknown item or group', () => {
    const order = boardOrderOf(digest());
    expect(moveInOrder(order, 42, LEAD_KEY, 0)).toBe(order);
    expect(moveInOrder(order, 1, 'section-99', 0)).toBe(order);
  });

  it('compares orders', () => {
    const order = boardOrderOf(digest());
    expect(sameOrder(order, boardOrderOf(digest()))).toBe(true);
    expect(sameOrder(order, moveInOrder(order, 1, LEAD_KEY, 1))).toBe(false);
  });

  it('steps up and down, across group edges, and stops at the ends', () => {
    const order = boardOrderOf(digest());
    expect(stepTarget(order, 2, -1)).toEqual({ group: LEAD_KEY, index: 0 });
    expect(stepTarget(order, 1, -1)).toBeNull();
    expect(stepTarget(order, 2, 1)).toEqual({ group: 'section-3', index: 0 });
    expect(stepTarget(order, 3, -1)).toEqual({ group: LEAD_KEY, index: 2 });
    expect(stepTarget(order, 5, 1)).toBeNull();
    expect(placeOf(order, 4)).toEqual({ group: 'section-3', index: 1, size: 2 });
  });

  it('renumbers the picture of a move like main does', () => {
    const moved = withMove(digest(), 1, 3, 1);
    const sport = moved.items.filter((i) => i.sectionId === 3);
    expect(sport.map((i) => [i.id, i.position])).toEqual([
      [3, 0],
      [1, 1],
      [4, 2],
    ]);
    expect(moved.items.filter((i) => i.sectionId === null).map((i) => [i.id, i.position])).toEqual([
      [2, 0],
    ]);
    expect(moved.revision).toBe(4);
  });

  it('removes an item and renumbers its group', () => {
    const removed = withoutItem(digest(), 3);
    expect(removed.items.map((i) => i.id)).toEqual([1, 2, 4, 5]);
    expect(removed.items.find((i) => i.id === 4)?.position).toBe(0);
  });

  it('puts a removed item back where it was, or in the lead if its section went', () => {
    const before = digest();
    const three = before.items.find((i) => i.id === 3)!;
    const back = withItemBack(withoutItem(before, 3), three, three.position);
    expect(boardOrderOf(back)).toEqual(boardOrderOf(before));
    const sectionGone = { ...withoutItem(before, 3), sections: [] };
    expect(boardOrderOf(withItemBack(sectionGone, three, 0)).items.lead).toEqual([3, 1, 2, 4, 5]);
    // Already back (another window, a second undo): left as it is.
    expect(withItemBack(before, three, 1)).toBe(before);
  });

  it('moves a section', () => {
    const moved = withSectionMove(digest(), 7, 0);
    expect(boardOrderOf(moved).groups).toEqual(['lead', 'section-7', 'section-3']);
  });

  it('reuses unchanged items of the previous edition', () => {
    const before = digest();
    const after = withMove(before, 1, null, 1);
    const shared = shareItems(before, after);
    const unchanged = shared.items.find((i) => i.id === 3);
    expect(unchanged).toBe(before.items.find((i) => i.id === 3));
    expect(shared.items.find((i) => i.id === 1)).not.toBe(before.items.find((i) => i.id === 1));
    expect(shared.sections).toBe(before.sections);
    expect(shareItems(null, after)).toBe(after);
  });

  it("keeps the previous order's list of every group whose items did not change", () => {
    const before = boardOrderOf(digest());
    const after = boardOrderOf(withMove(digest(), 1, null, 1));
    const shared = shareOrder(before, after);
    expect(shared).toEqual(after);
    expect(shared.items[groupKey(3)]).toBe(before.items[groupKey(3)]);
    expect(shared.items[groupKey(7)]).toBe(before.items[groupKey(7)]);
    expect(shared.items[LEAD_KEY]).not.toBe(before.items[LEAD_KEY]);
    expect(shared.groups).toBe(before.groups);
    // Nothing changed: the previous order itself.
    expect(shareOrder(before, boardOrderOf(digest()))).toBe(before);
    expect(shareOrder(null, after)).toBe(after);
  });
});

describe('the row that takes the place of a removed one', () => {
  const order = {
    groups: [LEAD_KEY, 'section-3', 'section-4', 'section-7'],
    items: { [LEAD_KEY]: [9], 'section-3': [3, 4], 'section-4': [], 'section-7': [5] },
  };
  it('is the next in its group, else the previous there', () => {
    expect(neighbourOf(order, 'section-3', 0)).toBe(4);
    expect(neighbourOf(order, 'section-3', 1)).toBe(3);
  });
  it('is the nearest on the board when the group empties: below first, then above', () => {
    expect(neighbourOf(order, LEAD_KEY, 0)).toBe(3);
    expect(neighbourOf(order, 'section-7', 0)).toBe(4);
    expect(neighbourOf({ groups: [LEAD_KEY], items: { [LEAD_KEY]: [9] } }, LEAD_KEY, 0)).toBe(
      undefined,
    );
  });
});
