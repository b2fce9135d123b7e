// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import type { BoardActions, ItemPatch } from './boardActions';
import { useItemSaver } from './useItemSaver';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement | null = null;
afterEach(() => {
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
  container?.remove();
  container = null;
});

/** The board's update as the saver sees it: each one held till answered (true: saved). */
async function renderSaver() {
  const updates: { patch: ItemPatch; now: boolean; answer: (ok: boolean) => void }[] = [];
  const actions = {
    update: (_itemId: number, patch: ItemPatch, options?: { now?: boolean }) =>
      new Promise<boolean>((answer) => updates.push({ patch, now: !!options?.now, answer })),
  } as unknown as BoardActions;
  let latest: ReturnType<typeof useItemSaver> | null = null;
  function Probe(): null {
    latest = useItemSaver(3, actions);
    return null;
  }
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<Probe />));
  return { saver: () => latest!, updates };
}

it('keeps the changes of a failed save and sends them with the next', async () => {
  const { saver, updates } = await renderSaver();
  await act(async () => {
    saver().change({ headlineOverride: 'Сутрин' });
    saver().flush();
  });
  expect(saver().status).toBe('saving');
  await act(async () => updates[0]!.answer(false));
  expect(saver().status).toBe('error');
  await act(async () => {
    saver().change({ showImage: false });
    saver().flush();
  });
  expect(updates[1]!.patch).toEqual({ headlineOverride: 'Сутрин', showImage: false });
  await act(async () => updates[1]!.answer(true));
  expect(saver().status).toBe('saved');
});

it('sends typing in turn when the page is hidden, and at once only when it goes', async () => {
  vi.useFakeTimers();
  const { saver, updates } = await renderSaver();
  await act(async () => saver().change({ summaryOverride: 'Днес' }));
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
  await act(async () => document.dispatchEvent(new Event('visibilitychange')));
  // Sent without waiting for typing to stop, but after any change on its way.
  expect(updates.map(({ patch, now }) => ({ patch, now }))).toEqual([
    { patch: { summaryOverride: 'Днес' }, now: false },
  ]);
  await act(async () => saver().change({ summaryOverride: 'Днес в София' }));
  await act(async () => window.dispatchEvent(new Event('pagehide')));
  expect(updates.map(({ patch, now }) => ({ patch, now }))).toEqual([
    { patch: { summaryOverride: 'Днес' }, now: false },
    { patch: { summaryOverride: 'Днес в София' }, now: true },
  ]);
});
