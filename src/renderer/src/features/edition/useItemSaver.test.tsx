// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { render } from '@renderer/test/render';
import type { BoardActions, ItemPatch } from './boardActions';
import { useItemSaver } from './useItemSaver';

afterEach(() => {
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
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
  await render(<Probe />);
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

it('says saved only once no save is on its way', async () => {
  const { saver, updates } = await renderSaver();
  await act(async () => {
    saver().change({ headlineOverride: 'Сутрин' });
    saver().flush();
  });
  // Typed while the first is on its way: a second save goes before the first is answered.
  await act(async () => {
    saver().change({ headlineOverride: 'Сутрин в София' });
    saver().flush();
  });
  expect(updates).toHaveLength(2);
  await act(async () => updates[0]!.answer(true));
  expect(saver().status).toBe('saving');
  await act(async () => updates[1]!.answer(true));
  expect(saver().status).toBe('saved');
});

it('sends with now: false when the page is hidden, and now: true only when it goes', async () => {
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
