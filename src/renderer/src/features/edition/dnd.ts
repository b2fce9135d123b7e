import { closestCenter, type CollisionDetection, type UniqueIdentifier } from '@dnd-kit/core';
import type { GroupKey } from './boardOrder';

/** The ids the drag-and-drop layer knows things by: board items, window stories, groups. */
export type DndTarget =
  { kind: 'item'; id: number } | { kind: 'story' } | { kind: 'group'; key: GroupKey };

export const itemDndId = (id: number): string => `item:${id}`;
export const groupDndId = (key: GroupKey): string => `group:${key}`;
/** The window list's one drag source (WindowDragSource): the story travels in its data. */
export const WINDOW_DRAG_ID = 'story:window';

export function parseDndId(id: UniqueIdentifier | null | undefined): DndTarget | null {
  if (typeof id !== 'string') return null;
  if (id === WINDOW_DRAG_ID) return { kind: 'story' };
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'group' && rest) return { kind, key: rest };
  if (kind === 'item' && /^\d+$/.test(rest)) return { kind, id: Number(rest) };
  return null;
}

/**
 * Nearest drop place by centre (a sortable list's usual rule), but only while the pointer is
 * over the board: a story dragged and let go over the window list goes nowhere.
 */
export function boardCollision(board: () => HTMLElement | null): CollisionDetection {
  return (args) => {
    const pointer = args.pointerCoordinates;
    if (pointer) {
      const rect = board()?.getBoundingClientRect();
      if (
        !rect ||
        pointer.x < rect.left ||
        pointer.x > rect.right ||
        pointer.y < rect.top ||
        pointer.y > rect.bottom
      )
        return [];
    }
    return closestCenter(args);
  };
}

/** What the announcements say about a place on the board, in the UI's words. */
export interface PlaceWords {
  headline: string;
  group: string;
  position: number;
  count: number;
}
