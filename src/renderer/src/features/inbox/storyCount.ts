import type { StorySummary } from '@shared/model';

/**
 * How many stories the inbox holds: each card and, unless searching, the near duplicates folded
 * under it ("+2 similar" are stories too). A search lists every match, members included.
 */
export function storyCount(
  stories: readonly Pick<StorySummary, 'similarCount'>[],
  searching: boolean,
): number {
  if (searching) return stories.length;
  return stories.reduce((total, story) => total + 1 + story.similarCount, 0);
}
