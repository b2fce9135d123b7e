import { describe, expect, it } from 'vitest';
import { similarInWindow } from './similarInWindow';

describe('near-duplicates listed in the window', () => {
  const stories = [
    { id: 1, similarGroup: 1 },
    { id: 2, similarGroup: 1 },
    { id: 3, similarGroup: 1 },
    { id: 4, similarGroup: null },
    // A group whose other members the window does not list (filtered out, another day).
    { id: 5, similarGroup: 9 },
  ];

  it('says how many others of its group each row has beside it', () => {
    const similar = similarInWindow(stories, new Set());
    expect(similar.get(1)).toEqual({ others: 2, otherUsed: false });
    expect(similar.get(3)).toEqual({ others: 2, otherUsed: false });
    expect(similar.has(4)).toBe(false);
    expect(similar.has(5)).toBe(false);
  });

  it('says, on the others, that one of them is in the edition already', () => {
    const similar = similarInWindow(stories, new Set([2, 4]));
    expect(similar.get(1)).toEqual({ others: 2, otherUsed: true });
    expect(similar.get(2)).toEqual({ others: 2, otherUsed: false });
  });
});
