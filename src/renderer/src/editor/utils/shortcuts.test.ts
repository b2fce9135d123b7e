import { describe, expect, it } from 'vitest';
import { keysForDisplay } from './shortcuts';

describe('keysForDisplay', () => {
  it('writes Control as Ctrl on Windows and Linux, the rest as ARIA names them', () => {
    expect(keysForDisplay('Control+Shift+M', false)).toBe('Ctrl+Shift+M');
    expect(keysForDisplay('Control+Alt+2', false)).toBe('Ctrl+Alt+2');
    expect(keysForDisplay('Control+\\', false)).toBe('Ctrl+\\');
  });

  it('writes modifiers as the Mac menus do: symbols in the order ⌃⌥⇧⌘, no plus signs', () => {
    expect(keysForDisplay('Meta+B', true)).toBe('⌘B');
    expect(keysForDisplay('Meta+Shift+Z', true)).toBe('⇧⌘Z');
    expect(keysForDisplay('Meta+Alt+2', true)).toBe('⌥⌘2');
  });

  it('leaves keys without modifiers, and the text around combinations, as they are', () => {
    expect(keysForDisplay('F1 / ?', true)).toBe('F1 / ?');
    expect(keysForDisplay('Enter / A', false)).toBe('Enter / A');
    expect(keysForDisplay('Space', true)).toBe('Space');
  });
});
