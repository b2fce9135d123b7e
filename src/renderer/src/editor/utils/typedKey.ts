/** What a key press does to the text where the caret is: types, breaks, or deletes. */
export type TypedKey =
  | { kind: 'text'; text: string }
  | { kind: 'paragraph' }
  | { kind: 'line-break' }
  | { kind: 'delete'; backward: boolean };

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'keyCode' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'
> & { getModifierState?: (key: string) => boolean };

/** Keys that only change the next key: they neither type nor move. */
export const MODIFIER_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'CapsLock',
  'Fn',
]);

/**
 * What a key types or deletes, or null for anything else: a shortcut, a move, a named key, and
 * a key an input method takes (composition, "Process", key code 229), which must reach it.
 */
export function typedKeyOf(event: KeyPress): TypedKey | null {
  if (event.isComposing || event.key === 'Process' || event.keyCode === 229) return null;
  // AltGr types („ on a Bulgarian layout); on Windows it comes as Ctrl+Alt with AltGraph held.
  // Ctrl or ⌘ otherwise make a shortcut: Ctrl+Alt+2 is a heading, not a "2".
  const altGraph = event.getModifierState?.('AltGraph') ?? false;
  if ((event.ctrlKey || event.metaKey) && !altGraph) return null;
  if (event.key === 'Enter') return event.shiftKey ? { kind: 'line-break' } : { kind: 'paragraph' };
  if (event.key === 'Backspace' || event.key === 'Delete')
    return { kind: 'delete', backward: event.key === 'Backspace' };
  // A printable key's name is the character it types (one code point); others are words.
  return [...event.key].length === 1 ? { kind: 'text', text: event.key } : null;
}
