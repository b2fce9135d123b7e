import { COMMAND_PRIORITY_LOW, IS_APPLE } from 'lexical';

/**
 * A keyboard shortcut by physical key (`event.code`), so that it works the same with a
 * Bulgarian or Russian layout, where Ctrl+Shift+M types "М", not "M". The main modifier is
 * Cmd on a Mac and Ctrl elsewhere.
 */
/**
 * The priority to listen for shortcuts at: Lexical's own keydown handler sits at EDITOR priority
 * and claims every key event, so a shortcut listener there would never be called.
 */
export const SHORTCUT_PRIORITY = COMMAND_PRIORITY_LOW;

/** The main modifier as aria-keyshortcuts names it. */
const MOD_KEY = IS_APPLE ? 'Meta' : 'Control';

export interface Shortcut {
  code: string;
  shift?: boolean;
  alt?: boolean;
}

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return (
    mod &&
    event.code === shortcut.code &&
    event.shiftKey === Boolean(shortcut.shift) &&
    event.altKey === Boolean(shortcut.alt)
  );
}

/** The shortcut as aria-keyshortcuts writes it ("Control+Shift+T"); shown via keysForDisplay. */
export function shortcutLabel(shortcut: Shortcut): string {
  const key = shortcut.code.replace(/^(Key|Digit)/, '').replace('Backslash', '\\');
  return [MOD_KEY, shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+');
}

export const SHORTCUTS = {
  heading2: { code: 'Digit2', alt: true },
  heading3: { code: 'Digit3', alt: true },
  paragraph: { code: 'Digit0', alt: true },
  quote: { code: 'Digit9', shift: true },
  numberList: { code: 'Digit7', shift: true },
  bulletList: { code: 'Digit8', shift: true },
  clearFormatting: { code: 'Backslash' },
  link: { code: 'KeyK' },
  typography: { code: 'KeyT', shift: true },
  markAnnotation: { code: 'KeyM', shift: true },
} as const satisfies Record<string, Shortcut>;

/**
 * Keys Lexical and the browser handle themselves, named here only to be shown (tooltips, the
 * shortcuts sheet, hints) in the same form as Edition's own.
 */
export const BUILT_IN_KEYS = {
  bold: { code: 'KeyB' },
  italic: { code: 'KeyI' },
  underline: { code: 'KeyU' },
  undo: { code: 'KeyZ' },
  redo: { code: 'KeyZ', shift: true },
  paste: { code: 'KeyV' },
} as const satisfies Record<string, Shortcut>;

const MAC_SYMBOLS: Record<string, string> = { Meta: '⌘', Control: '⌃', Alt: '⌥', Shift: '⇧' };
/** The order the Mac menus print modifiers in. */
const MAC_ORDER = ['Control', 'Alt', 'Shift', 'Meta'];

/**
 * Keys in aria-keyshortcuts form ("Control+Shift+T", "F1 / ?") as people read them on this
 * platform: "Ctrl+Shift+T" on Windows and Linux, "⇧⌘T" on a Mac (modifiers as symbols, in
 * the order the Mac menus print them: ⌃⌥⇧⌘).
 */
/** A shortcut as people read it on this platform (hints in running text). */
export function shortcutText(shortcut: Shortcut): string {
  return keysForDisplay(shortcutLabel(shortcut));
}

export function keysForDisplay(keys: string, apple: boolean = IS_APPLE): string {
  return keys.replace(/(?:(?:Control|Meta|Alt|Shift)\+)+[^+\s/]+/g, (combination) => {
    const parts = combination.split('+');
    const key = parts.pop()!;
    if (!apple)
      return [...parts.map((part) => (part === 'Control' ? 'Ctrl' : part)), key].join('+');
    parts.sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return parts.map((part) => MAC_SYMBOLS[part]).join('') + key;
  });
}
