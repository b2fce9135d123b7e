import type { Active, Over } from '@dnd-kit/core';
import { findGroup, type BoardOrder, type GroupKey } from './boardOrder';
import { parseDndId } from './dnd';

/** Where a drop would put what is dragged: a group and a position in it. */
export interface StoryDrop {
  group: GroupKey;
  index: number;
}

/**
 * A keyboard drag into another group. The row is not moved there while dragging (a row that
 * changes list under the keyboard sensor makes it lose its place); a line shows where it will
 * land: before the item it is over when coming from above, after it when coming from below.
 */
export function keyboardDrop(
  order: BoardOrder,
  itemId: number,
  over: Over | null,
): StoryDrop | null {
  const place = parseDndId(over?.id);
  const from = findGroup(order, itemId);
  if (!place || from === null) return null;
  if (place.kind === 'group') return place.key === from ? null : { group: place.key, index: 0 };
  if (place.kind !== 'item') return null;
  const group = findGroup(order, place.id);
  if (group === null || group === from) return null;
  const fromBelow = order.groups.indexOf(from) > order.groups.indexOf(group);
  return { group, index: order.items[group]!.indexOf(place.id) + (fromBelow ? 1 : 0) };
}

/**
 * A story from the window dropped on the board, or a row dragged by pointer into another group:
 * on a group's head, or before/after an item.
 */
export function storyDropAt(
  order: BoardOrder,
  active: Active,
  over: Over | null,
): StoryDrop | null {
  const place = parseDndId(over?.id);
  if (!over || !place) return null;
  if (place.kind === 'group') return { group: place.key, index: 0 };
  if (place.kind !== 'item') return null;
  const group = findGroup(order, place.id);
  if (group === null) return null;
  return { group, index: order.items[group]!.indexOf(place.id) + (isBelow(active, over) ? 1 : 0) };
}

function centreY(active: Active): number | null {
  const rect = active.rect.current.translated;
  return rect ? rect.top + rect.height / 2 : null;
}

/** Below the middle of what it is over: the drop goes after it. */
function isBelow(active: Active, over: Over): boolean {
  const y = centreY(active);
  return y !== null && y > over.rect.top + over.rect.height / 2;
}
