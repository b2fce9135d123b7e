import type { DigestItem } from '@shared/model';

/** A digest item for tests: story id ten times its own, headline "Story <id>" unless given. */
export function digestItem(
  id: number,
  { sectionId = null, position = 0, headline = `Story ${id}` }: Partial<DigestItem> = {},
): DigestItem {
  return {
    id,
    storyId: id * 10,
    sectionId,
    position,
    headline,
    storyHeadline: headline,
    headlineOverride: null,
    summaryOverride: null,
    showByline: true,
    showSource: true,
    showImage: false,
    source: 'BTA',
    excerpt: '',
    pubStatus: null,
    embargoUntil: null,
    similarGroup: null,
  };
}
