import type { DigestItem, StorySummary } from '@shared/model';

/** What a row of the window says of its story's near-duplicates. */
export interface SimilarInWindow {
  /** How many other stories its group holds (in the whole store: a filter does not change it). */
  others: number;
  /** Whether one of them is in the edition already: this one would likely repeat it. */
  otherUsed: boolean;
}

/**
 * The edition's stories by near-duplicate group, as a string ("12:5,12:7"): what the window
 * needs of the edition to warn of a repeat, in a form that changes only when that does (the
 * window's rows are memoised).
 */
export function editionGroupsKey(items: readonly Pick<DigestItem, 'storyId' | 'similarGroup'>[]) {
  return items
    .filter((item) => item.similarGroup !== null)
    .map((item) => `${item.similarGroup}:${item.storyId}`)
    .sort()
    .join(',');
}

/** editionGroupsKey read back: each group's stories in the edition. */
export function editionGroups(key: string): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const pair of key.split(',').filter(Boolean)) {
    const [group, story] = pair.split(':').map(Number) as [number, number];
    groups.set(group, [...(groups.get(group) ?? []), story]);
  }
  return groups;
}

/**
 * The window lists every story, near-duplicates too (an editor may want the better-written
 * rewrite): a row of a group says how many others there are, and whether one of them is in the
 * edition (from the edition itself, so that the warning stands whatever the window's filter or
 * search hides), so that the same event is not put in twice. Null for a story in no group.
 */
export function similarInWindow(
  story: Pick<StorySummary, 'id' | 'similarGroup' | 'similarCount'>,
  inEdition: ReadonlyMap<number, readonly number[]>,
): SimilarInWindow | null {
  if (story.similarGroup === null || story.similarCount === 0) return null;
  const used = inEdition.get(story.similarGroup) ?? [];
  return { others: story.similarCount, otherUsed: used.some((id) => id !== story.id) };
}
