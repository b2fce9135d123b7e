import { describe, expect, it } from 'vitest';
import { foldHeldKeys, heldKeyOf, type HeldKey } from './paging';

const press = (
  key: string,
  mods: Partial<
    Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing', boolean>
  > = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
});

describe('heldKeyOf: what a key pressed during a page move types there', () => {
  it('holds characters, in any script, and Shift+letter capitals', () => {
    expect(heldKeyOf(press('a'))).toEqual({ kind: 'text', text: 'a' });
    expect(heldKeyOf(press('Ж', { shiftKey: true }))).toEqual({ kind: 'text', text: 'Ж' });
    expect(heldKeyOf(press(' '))).toEqual({ kind: 'text', text: ' ' });
    // One character outside the Basic Multilingual Plane is one key's text, not two.
    expect(heldKeyOf(press('😀'))).toEqual({ kind: 'text', text: '😀' });
    // AltGr (Ctrl+Alt on Windows) types too: „ on a Bulgarian layout.
    expect(heldKeyOf(press('„', { ctrlKey: true, altKey: true }))).toEqual({
      kind: 'text',
      text: '„',
    });
  });

  it('holds Enter, Shift+Enter, Backspace and Delete', () => {
    expect(heldKeyOf(press('Enter'))).toEqual({ kind: 'paragraph' });
    expect(heldKeyOf(press('Enter', { shiftKey: true }))).toEqual({ kind: 'line-break' });
    expect(heldKeyOf(press('Backspace'))).toEqual({ kind: 'delete', backward: true });
    expect(heldKeyOf(press('Delete'))).toEqual({ kind: 'delete', backward: false });
  });

  it('leaves shortcuts, moves, named keys and composition to themselves', () => {
    expect(heldKeyOf(press('b', { ctrlKey: true }))).toBeNull();
    expect(heldKeyOf(press('z', { metaKey: true }))).toBeNull();
    expect(heldKeyOf(press('ArrowDown'))).toBeNull();
    expect(heldKeyOf(press('Tab'))).toBeNull();
    expect(heldKeyOf(press('Escape'))).toBeNull();
    expect(heldKeyOf(press('a', { isComposing: true }))).toBeNull();
  });
});

describe('foldHeldKeys', () => {
  const text = (value: string): HeldKey => ({ kind: 'text', text: value });
  const backspace: HeldKey = { kind: 'delete', backward: true };

  it('joins characters in a row, and Backspace takes back the last one typed', () => {
    const keys = [text('a'), text('b'), text('c'), backspace, { kind: 'paragraph' } as HeldKey];
    expect(foldHeldKeys(keys)).toEqual([text('ab'), { kind: 'paragraph' }]);
    // The keys themselves are left as they were (a second page move may add to them).
    expect(keys[0]).toEqual(text('a'));
  });

  it('keeps a Backspace with nothing typed before it, and Delete, for the story', () => {
    expect(foldHeldKeys([text('x'), backspace, backspace])).toEqual([backspace]);
    const forward: HeldKey = { kind: 'delete', backward: false };
    expect(foldHeldKeys([text('x'), forward])).toEqual([text('x'), forward]);
  });
});
