import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model';
import { keepUnchanged } from './keepUnchanged';

const record = (status: Annotation['status'], updatedAt: string, orphaned = false): Annotation => ({
  id: 'a1',
  storyId: 1,
  type: 'quote',
  status,
  speaker: 'Министърът',
  sourceName: null,
  sourceUrl: null,
  quote: 'Няма да има нови данъци',
  prefix: '',
  suffix: '',
  orphaned,
  notes: [],
  createdBy: null,
  createdAt: '2026-03-14T08:00:00Z',
  updatedBy: null,
  updatedAt,
});

describe('a loaded list merged into the one shown', () => {
  it('keeps the very same records (and list) where nothing changed', () => {
    const shown = [record('verified', '2026-03-14T08:01:00Z')];
    expect(keepUnchanged(shown, [record('verified', '2026-03-14T08:01:00Z')])).toBe(shown);
  });

  it('does not bring back an older verdict with a list asked for before it', () => {
    const shown = [record('false', '2026-03-14T08:05:00Z')];
    // Asked before the verdict (a save's reload), arriving after: its anchoring still counts.
    const merged = keepUnchanged(shown, [record('unverified', '2026-03-14T08:01:00Z', true)]);
    expect(merged[0]).toMatchObject({ status: 'false', orphaned: true });
    // A newer one is taken.
    const newer = keepUnchanged(shown, [record('verified', '2026-03-14T08:09:00Z')]);
    expect(newer[0]!.status).toBe('verified');
  });
});
