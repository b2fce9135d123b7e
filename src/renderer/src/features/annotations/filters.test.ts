import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model';
import { matchesFilter, NO_SPEAKER, splitByAnchoring } from './filters';

const annotation = (id: string, patch: Partial<Annotation> = {}): Annotation => ({
  id,
  storyId: 1,
  type: 'quote',
  status: 'unverified',
  speaker: null,
  sourceName: null,
  sourceUrl: null,
  quote: id,
  prefix: '',
  suffix: '',
  orphaned: false,
  notes: [],
  createdBy: null,
  createdAt: '',
  updatedBy: null,
  updatedAt: '',
  ...patch,
});

describe('annotation filters', () => {
  const putin = annotation('a', { speaker: 'Путин', status: 'verified' });
  const nobody = annotation('b');

  it('filter by status and by speaker, or by no speaker at all', () => {
    expect(matchesFilter(putin, { status: 'verified', speaker: '' })).toBe(true);
    expect(matchesFilter(putin, { status: 'false', speaker: '' })).toBe(false);
    expect(matchesFilter(putin, { status: 'all', speaker: 'Путин' })).toBe(true);
    expect(matchesFilter(nobody, { status: 'all', speaker: 'Путин' })).toBe(false);
    expect(matchesFilter(nobody, { status: 'all', speaker: NO_SPEAKER })).toBe(true);
  });

  it('list anchored annotations in text order and the rest as orphaned', () => {
    const c = annotation('c', { orphaned: true });
    const split = splitByAnchoring([putin, nobody, c], new Set(['b', 'a']));
    expect(split.anchored.map((item) => item.id)).toEqual(['b', 'a']);
    expect(split.orphaned.map((item) => item.id)).toEqual(['c']);
    expect(splitByAnchoring([putin, c], null).orphaned.map((item) => item.id)).toEqual(['c']);
  });
});
