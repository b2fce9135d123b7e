import { describe, expect, it } from 'vitest';
import { storyCount } from './storyCount';

describe('the inbox count', () => {
  it('counts the near duplicates folded under a card, but not twice in a search', () => {
    const cards = [{ similarCount: 2 }, { similarCount: 0 }];
    expect(storyCount(cards, false)).toBe(4);
    expect(storyCount(cards, true)).toBe(2);
  });
});
