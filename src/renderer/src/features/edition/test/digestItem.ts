import type { Digest, DigestItem } from '@shared/model';

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
    showBody: true,
    overridesRevision: null,
    source: 'BTA',
    excerpt: '',
    pubStatus: null,
    embargoUntil: null,
    similarGroup: null,
  };
}

/** An edition for tests: the 14 March 2026 Sofia edition, empty unless given more. */
export function testDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    id: 1,
    date: '2026-03-14',
    title: 'Edition',
    subject: '',
    preheader: '',
    intro: null,
    introText: '',
    signoff: null,
    timezone: 'Europe/Sofia',
    closeTime: '12:00',
    language: 'bg',
    revision: 1,
    createdAt: '',
    updatedAt: '',
    windowStart: '2026-03-13T10:00:00Z',
    windowEnd: '2026-03-14T10:00:00Z',
    sections: [],
    items: [],
    ...overrides,
  };
}
