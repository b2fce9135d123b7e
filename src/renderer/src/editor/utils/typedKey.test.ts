import { describe, expect, it } from 'vitest';
import { typedKeyOf } from './typedKey';

type Modifiers = Partial<
  Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'altGraph', boolean>
> & { keyCode?: number };

/** A key press as the browser reports it; `altGraph`: AltGr held (getModifierState). */
const press = (key: string, { altGraph = false, keyCode = 0, ...mods }: Modifiers = {}) => ({
  key,
  keyCode,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
  getModifierState: (name: string) => name === 'AltGraph' && altGraph,
});

describe('typedKeyOf: what a key types or deletes', () => {
  it('reads characters, in any script, Shift+letter capitals, AltGr and ⌥', () => {
    expect(typedKeyOf(press('a'))).toEqual({ kind: 'text', text: 'a' });
    expect(typedKeyOf(press('Ж', { shiftKey: true }))).toEqual({ kind: 'text', text: 'Ж' });
    expect(typedKeyOf(press(' '))).toEqual({ kind: 'text', text: ' ' });
    // One character outside the Basic Multilingual Plane is one key's text, not two.
    expect(typedKeyOf(press('😀'))).toEqual({ kind: 'text', text: '😀' });
    // AltGr (Ctrl+Alt with AltGraph held, on Windows) types too: „ on a Bulgarian layout.
    expect(typedKeyOf(press('„', { ctrlKey: true, altKey: true, altGraph: true }))).toEqual({
      kind: 'text',
      text: '„',
    });
    // ⌥ on a Mac types characters.
    expect(typedKeyOf(press('–', { altKey: true }))).toEqual({ kind: 'text', text: '–' });
  });

  it('reads Enter, Shift+Enter, Backspace and Delete', () => {
    expect(typedKeyOf(press('Enter'))).toEqual({ kind: 'paragraph' });
    expect(typedKeyOf(press('Enter', { shiftKey: true }))).toEqual({ kind: 'line-break' });
    expect(typedKeyOf(press('Backspace'))).toEqual({ kind: 'delete', backward: true });
    expect(typedKeyOf(press('Delete'))).toEqual({ kind: 'delete', backward: false });
  });

  it('leaves shortcuts, moves, named keys and composition to themselves', () => {
    expect(typedKeyOf(press('b', { ctrlKey: true }))).toBeNull();
    expect(typedKeyOf(press('z', { metaKey: true }))).toBeNull();
    expect(typedKeyOf(press('ArrowDown'))).toBeNull();
    expect(typedKeyOf(press('Tab'))).toBeNull();
    expect(typedKeyOf(press('Escape'))).toBeNull();
    // Ctrl+Alt without AltGr is a shortcut (Ctrl+Alt+2: a heading), not a "2".
    expect(typedKeyOf(press('2', { ctrlKey: true, altKey: true }))).toBeNull();
    // An input method's keys are its own: while composing, and the key that starts it.
    expect(typedKeyOf(press('a', { isComposing: true }))).toBeNull();
    expect(typedKeyOf(press('Process'))).toBeNull();
    expect(typedKeyOf(press('n', { keyCode: 229 }))).toBeNull();
  });
});
