// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { Annotation } from '@shared/model';
import { DrawerContext, type DrawerApi } from '@renderer/app/drawer/DrawerContext';
import { AnnotationsProvider } from './AnnotationsProvider';
import { AnnotationsPanel } from './AnnotationsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Every item shows its type chip once per render: counting the chip's renders counts the items'.
const chipRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./TypeChip', () => ({
  TypeChip: ({ type }: { type: string }) => {
    chipRenders.count += 1;
    return <span>{type}</span>;
  },
}));

const record = (n: number): Annotation => ({
  id: `a${n}`,
  storyId: 1,
  type: 'quote',
  status: 'unverified',
  speaker: 'Путин',
  sourceName: null,
  sourceUrl: null,
  quote: `цитат ${n}`,
  prefix: '',
  suffix: '',
  orphaned: false,
  notes: [],
  createdBy: null,
  createdAt: '2026-11-26T08:00:00Z',
  updatedBy: null,
  updatedAt: '2026-11-26T08:00:00Z',
});

// The store answers every save's reload with fresh objects, as it does; the test may have
// changed one record's status in between.
const store = vi.hoisted(() => ({ verified: new Set<string>() }));
vi.mock('@renderer/api/client', () => ({
  call: vi.fn((name: string) => {
    if (name === 'annotations.list')
      return Promise.resolve(
        [1, 2, 3]
          .map(record)
          .map((annotation) =>
            store.verified.has(annotation.id)
              ? { ...annotation, status: 'verified', updatedAt: '2026-11-26T09:00:00Z' }
              : annotation,
          ),
      );
    if (name === 'quotes.suggestions') return Promise.resolve([]);
    return Promise.reject(new Error(`unexpected request ${name}`));
  }),
}));

const drawer: DrawerApi = {
  tab: 'annotations',
  setTab: () => undefined,
  slots: { annotations: null, revisions: null },
  setSlot: () => undefined,
  badges: null,
  setBadges: () => undefined,
};

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
  store.verified.clear();
});

function panel(savedVersion: number, caption: string): React.JSX.Element {
  return (
    <DrawerContext value={drawer}>
      <LexicalComposer initialConfig={{ namespace: 'test', onError: (error) => fail(error) }}>
        <AnnotationsProvider storyId={1} savedVersion={savedVersion}>
          {/* The workspace around the panel re-renders too (the save status changes). */}
          <p>{caption}</p>
          <AnnotationsPanel language="bg" />
        </AnnotationsProvider>
      </LexicalComposer>
    </DrawerContext>
  );
}

function fail(error: Error): never {
  throw error;
}

async function render(root: Root, element: React.JSX.Element): Promise<void> {
  await act(async () => root.render(element));
}

describe('AnnotationsPanel', () => {
  it('does not re-render unchanged annotations when the story is saved', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await render(root, panel(0, 'saved'));
    expect(container.querySelectorAll('[data-testid="annotation-item"]')).toHaveLength(3);

    // An autosave: the status changes twice, then annotations and suggestions are asked again.
    const before = chipRenders.count;
    await render(root, panel(0, 'saving'));
    await render(root, panel(1, 'saved'));
    expect(chipRenders.count - before).toBe(0);
    expect(container.querySelectorAll('[data-testid="annotation-item"]')).toHaveLength(3);
    await act(async () => root.unmount());
  });

  it('re-renders the one annotation that a save changed', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await render(root, panel(0, 'saved'));
    store.verified.add('a2');
    const before = chipRenders.count;
    await render(root, panel(1, 'saved'));
    expect(chipRenders.count - before).toBe(1);
    const second = container.querySelector('[data-annotation-id="a2"]');
    expect(second?.getAttribute('data-status')).toBe('verified');
    expect(container.querySelector('[data-annotation-id="a1"]')?.getAttribute('data-status')).toBe(
      'unverified',
    );
    await act(async () => root.unmount());
  });
});
