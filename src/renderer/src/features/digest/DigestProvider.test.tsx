// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Digest, DigestItem } from '@shared/model';
import { useDigests } from './DigestContext';
import { DigestProvider } from './DigestProvider';
import type { DigestsApi } from './DigestContext';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const item = (id: number, position: number): DigestItem => ({
  id,
  storyId: id,
  sectionId: null,
  position,
  headline: `Новина ${id}`,
  storyHeadline: `Новина ${id}`,
  headlineOverride: null,
  summaryOverride: null,
  showByline: true,
  showSource: true,
  showImage: true,
  showBody: true,
  overridesRevision: null,
  source: 'БТА',
  excerpt: '',
  pubStatus: null,
  embargoUntil: null,
  similarGroup: null,
});

// Only what the provider reads; the rest of an edition does not matter here.
const edition = {
  id: 7,
  revision: 1,
  title: 'Сутрешен бюлетин',
  date: '2026-11-26',
  sections: [],
  items: [item(1, 0), item(2, 1), item(3, 2)],
} as unknown as Digest;

vi.mock('@renderer/api/client', () => ({
  call: vi.fn((name: string) => {
    if (name === 'digests.list') return Promise.resolve([]);
    if (name === 'digests.get') return Promise.resolve(edition);
    if (name === 'stories.get')
      return Promise.resolve({
        pubStatus: null,
        embargoUntil: null,
        similarGroup: null,
        expiresAt: null,
        urgency: null,
        wireConflict: false,
      });
    return Promise.reject(new Error(`unexpected request ${name}`));
  }),
}));

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
});

async function renderProvider(): Promise<DigestsApi[]> {
  const seen: DigestsApi[] = [];
  function Probe(): null {
    seen.push(useDigests());
    return null;
  }
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <DigestProvider digestId={edition.id} storiesVersion={0} flagsVersion={0}>
        <Probe />
      </DigestProvider>,
    );
  });
  return seen;
}

describe('DigestProvider', () => {
  it('keeps its actions the same functions when an edition change is shown', async () => {
    // The board's rows are memoised on callbacks built from these: new functions after every
    // move re-rendered all sixty rows of an edition and cost the drop a frame.
    const seen = await renderProvider();
    const loaded = seen.at(-1)!;
    expect(loaded.current?.items.map((entry) => entry.id)).toEqual([1, 2, 3]);

    const moved: Digest = {
      ...edition,
      revision: 2,
      items: [item(2, 0), item(1, 1), item(3, 2)],
    };
    await act(async () => loaded.apply(moved));
    const after = seen.at(-1)!;
    expect(after.current?.items.map((entry) => entry.id)).toEqual([2, 1, 3]);
    for (const action of ['apply', 'reload', 'removeItem', 'addStory', 'create'] as const)
      expect(after[action], action).toBe(loaded[action]);
    // And the untouched item is the same object, so its row skips rendering too.
    expect(after.current?.items[2]).toBe(loaded.current?.items[2]);
  });
});
