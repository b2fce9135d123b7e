import type { StorySummary } from '@shared/model';

/** What a row of the window says of the near-duplicates of its story listed beside it. */
export interface SimilarInWindow {
  /** How many other stories of its group the window lists. */
  others: number;
  /** Whether one of them is in the edition already: this one would likely repeat it. */
  otherUsed: boolean;
}

/**
 * The window lists every story, near-duplicates too (an editor may want the better-written
 * rewrite): each row of a group with others listed says how many, and whether one of them is in
 * the edition, so that the same event is not put in twice. Stories in no group are not in the map.
 */
export function similarInWindow(
  stories: readonly Pick<StorySummary, 'id' | 'similarGroup'>[],
  used: ReadonlySet<number>,
): Map<number, SimilarInWindow> {
  const groups = new Map<number, number[]>();
  for (const story of stories) {
    if (story.similarGroup === null) continue;
    const members = groups.get(story.similarGroup) ?? [];
    members.push(story.id);
    groups.set(story.similarGroup, members);
  }
  const found = new Map<number, SimilarInWindow>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const id of members)
      found.set(id, {
        others: members.length - 1,
        otherUsed: members.some((other) => other !== id && used.has(other)),
      });
  }
  return found;
}
