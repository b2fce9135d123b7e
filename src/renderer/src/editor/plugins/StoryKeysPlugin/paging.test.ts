import { describe, expect, it } from 'vitest';
import { foldHeldKeys, type HeldKey } from './paging';

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
