import { IS_APPLE } from 'lexical';

export type StoryMove =
  { kind: 'edge'; edge: 'start' | 'end' } | { kind: 'page'; direction: 1 | -1 };

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * The keys that move the caret far through the story (Shift extends the selection instead):
 * Ctrl+Home / Ctrl+End, or ⌘↑ / ⌘↓ on a Mac, to its start or end; Page Up / Page Down by a
 * screen (not on a Mac, where they scroll without moving the caret). Null for any other key.
 */
export function storyMoveOf(event: Keys, apple = IS_APPLE): StoryMove | null {
  if (event.altKey) return null;
  if (apple) {
    if (!event.metaKey || event.ctrlKey) return null;
    if (event.key === 'ArrowUp') return { kind: 'edge', edge: 'start' };
    if (event.key === 'ArrowDown') return { kind: 'edge', edge: 'end' };
    return null;
  }
  if (event.metaKey) return null;
  if (event.ctrlKey) {
    if (event.key === 'Home') return { kind: 'edge', edge: 'start' };
    if (event.key === 'End') return { kind: 'edge', edge: 'end' };
    return null;
  }
  if (event.key === 'PageDown') return { kind: 'page', direction: 1 };
  if (event.key === 'PageUp') return { kind: 'page', direction: -1 };
  return null;
}
