import { describe, expect, it } from 'vitest';
import { storyMoveOf } from './storyKeys';

const key = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('storyMoveOf', () => {
  it('reads Ctrl+Home / Ctrl+End and Page Up / Page Down on Windows and Linux', () => {
    expect(storyMoveOf(key('Home', { ctrlKey: true }), false)).toEqual({
      kind: 'edge',
      edge: 'start',
    });
    expect(storyMoveOf(key('End', { ctrlKey: true }), false)).toEqual({
      kind: 'edge',
      edge: 'end',
    });
    expect(storyMoveOf(key('PageDown'), false)).toEqual({ kind: 'page', direction: 1 });
    expect(storyMoveOf(key('PageUp'), false)).toEqual({ kind: 'page', direction: -1 });
    // Home and End alone move within the line, as the browser does it.
    expect(storyMoveOf(key('End'), false)).toBeNull();
    expect(storyMoveOf(key('End', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(storyMoveOf(key('PageDown', { ctrlKey: true }), false)).toBeNull();
    expect(storyMoveOf(key('ArrowDown', { metaKey: true }), false)).toBeNull();
  });

  it('reads ⌘↑ and ⌘↓ on a Mac, and leaves its paging keys to scroll', () => {
    expect(storyMoveOf(key('ArrowUp', { metaKey: true }), true)).toEqual({
      kind: 'edge',
      edge: 'start',
    });
    expect(storyMoveOf(key('ArrowDown', { metaKey: true }), true)).toEqual({
      kind: 'edge',
      edge: 'end',
    });
    expect(storyMoveOf(key('End', { ctrlKey: true }), true)).toBeNull();
    expect(storyMoveOf(key('PageDown'), true)).toBeNull();
  });
});
