import type { Digest, DigestItem, DigestSection } from '@shared/model';

/**
 * The board's order as plain data: the lead and each section are "groups", keyed so that a
 * drag-and-drop library can name them. Everything here is pure: the board uses it for the
 * optimistic picture it shows while main confirms a move, and the tests check it directly.
 */

export const LEAD_KEY = 'lead';
export type GroupKey = string;

export function groupKey(sectionId: number | null): GroupKey {
  return sectionId === null ? LEAD_KEY : `section-${sectionId}`;
}

export function sectionIdOf(key: GroupKey): number | null {
  if (key === LEAD_KEY) return null;
  const match = /^section-(\d+)$/.exec(key);
  if (!match) throw new Error(`not a group key: ${key}`);
  return Number(match[1]);
}

/** Item ids by group, the lead first, then the sections in their order. */
export interface BoardOrder {
  groups: GroupKey[];
  items: Record<GroupKey, number[]>;
}

export function sortedSections(digest: Pick<Digest, 'sections'>): DigestSection[] {
  return [...digest.sections].sort((a, b) => a.position - b.position);
}

export function boardOrderOf(digest: Pick<Digest, 'sections' | 'items'>): BoardOrder {
  const groups = [LEAD_KEY, ...sortedSections(digest).map((section) => groupKey(section.id))];
  const items: Record<GroupKey, number[]> = {};
  for (const key of groups) items[key] = [];
  const byPosition = [...digest.items].sort((a, b) => a.position - b.position || a.id - b.id);
  const strays: number[] = [];
  for (const item of byPosition) {
    const list = items[groupKey(item.sectionId)];
    if (list) list.push(item.id);
    else strays.push(item.id);
  }
  // An item of a section this window does not know yet is shown at the end of the lead, not lost.
  items[LEAD_KEY]!.push(...strays);
  return { groups, items };
}

/**
 * The next order, keeping the previous one's list of each group whose items are the same (and
 * the previous order itself when nothing changed): a group memoised on its list then skips
 * re-rendering when main answers a change elsewhere on the board.
 */
export function shareOrder(previous: BoardOrder | null, next: BoardOrder): BoardOrder {
  if (previous === null) return next;
  const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[]): boolean =>
    a !== undefined && a.length === b.length && a.every((value, index) => value === b[index]);
  const groups = sameList(previous.groups, next.groups) ? previous.groups : next.groups;
  let changed = groups !== previous.groups;
  const items: Record<GroupKey, number[]> = {};
  for (const key of next.groups) {
    const before = previous.items[key];
    const kept = sameList(before, next.items[key]!);
    items[key] = kept ? before! : next.items[key]!;
    if (!kept) changed = true;
  }
  return changed ? { groups, items } : previous;
}

export function findGroup(order: BoardOrder, itemId: number): GroupKey | null {
  for (const key of order.groups) if (order.items[key]?.includes(itemId)) return key;
  return null;
}

/** Moves an item to `index` of group `to` (the index it has afterwards), returning a new order. */
export function moveInOrder(
  order: BoardOrder,
  itemId: number,
  to: GroupKey,
  index: number,
): BoardOrder {
  const from = findGroup(order, itemId);
  if (from === null || !order.items[to]) return order;
  const items = { ...order.items };
  items[from] = items[from]!.filter((id) => id !== itemId);
  const target = [...items[to]!];
  const at = Math.max(0, Math.min(index, target.length));
  target.splice(at, 0, itemId);
  items[to] = target;
  return { groups: order.groups, items };
}

/** Whether two orders put every item in the same place. */
export function sameOrder(a: BoardOrder, b: BoardOrder): boolean {
  if (a.groups.length !== b.groups.length) return false;
  return a.groups.every((key, i) => {
    const left = a.items[key] ?? [];
    const right = b.items[b.groups[i]!] ?? [];
    return (
      key === b.groups[i] && left.length === right.length && left.every((id, j) => id === right[j])
    );
  });
}

/** Where an item sits: its group, its index there and the group's size. */
export function placeOf(
  order: BoardOrder,
  itemId: number,
): { group: GroupKey; index: number; size: number } | null {
  const group = findGroup(order, itemId);
  if (group === null) return null;
  const list = order.items[group]!;
  return { group, index: list.indexOf(itemId), size: list.length };
}

/**
 * The item that takes the place of the one at `index` of `group` once it goes: the next in its
 * group, else the previous there, else the nearest on the board (the next group's first, else the
 * previous group's last), so that the keyboard stays on the board when a group empties.
 */
export function neighbourOf(order: BoardOrder, group: GroupKey, index: number): number | undefined {
  const list = order.items[group] ?? [];
  const inGroup = list[index + 1] ?? list[index - 1];
  if (inGroup !== undefined) return inGroup;
  const at = order.groups.indexOf(group);
  for (const key of order.groups.slice(at + 1)) {
    const first = order.items[key]?.[0];
    if (first !== undefined) return first;
  }
  for (const key of order.groups.slice(0, Math.max(0, at)).reverse()) {
    const last = order.items[key]?.at(-1);
    if (last !== undefined) return last;
  }
  return undefined;
}

/**
 * The move "up" (-1) or "down" (+1) one place. At the top of a group "up" goes to the end of the
 * group above, at the bottom "down" to the start of the group below; null where it cannot go.
 */
export function stepTarget(
  order: BoardOrder,
  itemId: number,
  step: -1 | 1,
): { group: GroupKey; index: number } | null {
  const place = placeOf(order, itemId);
  if (place === null) return null;
  const next = place.index + step;
  if (next >= 0 && next < place.size) return { group: place.group, index: next };
  const groupIndex = order.groups.indexOf(place.group) + step;
  const neighbour = order.groups[groupIndex];
  if (neighbour === undefined) return null;
  return { group: neighbour, index: step < 0 ? order.items[neighbour]!.length : 0 };
}

/**
 * The edition as it will be once main has made the move: the same items, their section and
 * positions renumbered. Shown at once, then replaced by main's answer.
 */
export function withMove(
  digest: Digest,
  itemId: number,
  sectionId: number | null,
  position: number,
): Digest {
  const order = moveInOrder(boardOrderOf(digest), itemId, groupKey(sectionId), position);
  return withOrder(digest, order);
}

/** The digest with its items placed as `order` says (lead first, then sections in order). */
export function withOrder(digest: Digest, order: BoardOrder): Digest {
  const byId = new Map(digest.items.map((item) => [item.id, item]));
  const items: DigestItem[] = [];
  for (const key of order.groups) {
    const sectionId = sectionIdOf(key);
    order.items[key]!.forEach((id, position) => {
      const item = byId.get(id);
      if (item) items.push({ ...item, sectionId, position });
    });
  }
  return { ...digest, items };
}

/** The edition with a section moved to `position` among the sections. */
export function withSectionMove(digest: Digest, sectionId: number, position: number): Digest {
  const sections = sortedSections(digest);
  const moving = sections.find((section) => section.id === sectionId);
  if (!moving) return digest;
  const rest = sections.filter((section) => section.id !== sectionId);
  rest.splice(Math.max(0, Math.min(position, rest.length)), 0, moving);
  return { ...digest, sections: rest.map((section, index) => ({ ...section, position: index })) };
}

/** The edition without an item, the others renumbered. */
export function withoutItem(digest: Digest, itemId: number): Digest {
  const order = boardOrderOf(digest);
  const group = findGroup(order, itemId);
  if (group === null) return digest;
  const items = { ...order.items, [group]: order.items[group]!.filter((id) => id !== itemId) };
  return withOrder(
    { ...digest, items: digest.items.filter((item) => item.id !== itemId) },
    {
      groups: order.groups,
      items,
    },
  );
}

/**
 * The edition with a removed item put back at `position` of its section (the lead if that section
 * is gone): what the board shows while main puts it back. An item already there is left alone.
 */
export function withItemBack(digest: Digest, item: DigestItem, position: number): Digest {
  if (digest.items.some((entry) => entry.id === item.id || entry.storyId === item.storyId))
    return digest;
  const known = item.sectionId === null || digest.sections.some((s) => s.id === item.sectionId);
  const sectionId = known ? item.sectionId : null;
  const added = { ...digest, items: [...digest.items, { ...item, sectionId, position: Infinity }] };
  return withMove(added, item.id, sectionId, position);
}

function sameItem(a: DigestItem, b: DigestItem): boolean {
  return (Object.keys(b) as (keyof DigestItem)[]).every((key) => a[key] === b[key]);
}

/**
 * The next edition, reusing the previous one's item objects where nothing about the item
 * changed: rows memoised on their item then skip re-rendering after a move elsewhere.
 */
export function shareItems(previous: Digest | null, next: Digest): Digest {
  if (previous === null || previous.id !== next.id) return next;
  const before = new Map(previous.items.map((item) => [item.id, item]));
  let reused = 0;
  const items = next.items.map((item) => {
    const old = before.get(item.id);
    if (old && sameItem(old, item)) {
      reused += 1;
      return old;
    }
    return item;
  });
  const sections =
    previous.sections.length === next.sections.length &&
    previous.sections.every(
      (s, i) =>
        s.id === next.sections[i]!.id &&
        s.name === next.sections[i]!.name &&
        s.position === next.sections[i]!.position,
    )
      ? previous.sections
      : next.sections;
  if (reused === 0 && sections === next.sections) return next;
  return { ...next, items, sections };
}
