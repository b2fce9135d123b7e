import { describe, expect, it } from 'vitest';
import { editionGroups, editionGroupsKey, similarInWindow } from './similarInWindow';

describe('near-duplicates in the window', () => {
  const story = (id: number, similarGroup: number | null, similarCount: number) => ({
    id,
    similarGroup,
    similarCount,
  });

  it('says how many others its group has, whatever the window lists', () => {
    const none = editionGroups('');
    expect(similarInWindow(story(2, 1, 2), none)).toEqual({ others: 2, otherUsed: false });
    expect(similarInWindow(story(4, null, 0), none)).toBeNull();
    // Alone in its group now (the others left it): nothing to say.
    expect(similarInWindow(story(5, 5, 0), none)).toBeNull();
  });

  it('says that one of the others is in the edition, though the window does not list it', () => {
    const key = editionGroupsKey([
      { storyId: 1, similarGroup: 1 },
      { storyId: 9, similarGroup: null },
      { storyId: 7, similarGroup: 3 },
    ]);
    expect(key).toBe('1:1,3:7');
    const groups = editionGroups(key);
    expect(similarInWindow(story(2, 1, 2), groups)).toEqual({ others: 2, otherUsed: true });
    // The one in the edition is not warned of itself.
    expect(similarInWindow(story(1, 1, 2), groups)).toEqual({ others: 2, otherUsed: false });
    expect(similarInWindow(story(8, 8, 1), groups)).toEqual({ others: 1, otherUsed: false });
  });
});
