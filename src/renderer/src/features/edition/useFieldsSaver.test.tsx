// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, unmountAll } from '@renderer/test/render';
import { AppError } from '@shared/errors';
import type { Digest } from '@shared/model';
import { call } from '@renderer/api/client';
import { DigestContext, type DigestsApi } from '@renderer/features/digest/DigestContext';
import { useEditionChanges, type EditionChanges } from './useEditionChanges';
import { useFieldsSaver, type SaveState } from './useFieldsSaver';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

/** Main as the saver sees it: refuses a subject with "bad" in it, or fails for a moment. */
let unavailable = false;
const sent: Record<string, unknown>[] = [];
function answer(_name: string, request: Record<string, unknown>): Promise<unknown> {
  const patch = { ...request };
  delete patch.id;
  sent.push(patch);
  if (unavailable) return Promise.reject(new AppError('store_error', 'database is locked'));
  if (typeof patch.subject === 'string' && patch.subject.includes('bad'))
    return Promise.reject(new AppError('invalid_request', 'subject: not allowed'));
  return Promise.resolve({ id: 7 } as Digest);
}

/** As useEditionChanges runs a change: in order, a failure handed to onError, answered null. */
const changes: EditionChanges = {
  run: (request, _picture, onError) =>
    request().then(
      (digest) => digest,
      (error: unknown) => {
        onError?.(error);
        return null;
      },
    ),
};

afterEach(() => {
  // First: a saver unmounted sends what waits, which must not reach the next test's record.
  unmountAll();
  vi.useRealTimers();
  delete (document as { visibilityState?: unknown }).visibilityState;
  sent.length = 0;
  unavailable = false;
});

async function renderSaver(
  run: EditionChanges = changes,
  main: (name: string, request: Record<string, unknown>) => Promise<unknown> = answer,
): Promise<() => ReturnType<typeof useFieldsSaver>> {
  callMock.mockImplementation(main as unknown as typeof call);
  let latest: ReturnType<typeof useFieldsSaver> | null = null;
  function Probe(): null {
    latest = useFieldsSaver(7, run);
    return null;
  }
  await render(<Probe />);
  return () => latest!;
}

async function save(
  saver: () => ReturnType<typeof useFieldsSaver>,
  patch: object,
): Promise<SaveState> {
  await act(async () => {
    saver().change(patch);
    saver().flush();
  });
  return saver().state;
}

describe('useFieldsSaver', () => {
  it('saves the other fields when main refuses one, and does not send the refused one again', async () => {
    const saver = await renderSaver();
    const refused = await save(saver, { subject: 'bad subject', preheader: 'Днес' });
    // The preheader typed with it is saved on its own; the refusal is shown with main's reason.
    expect(sent).toContainEqual({ preheader: 'Днес' });
    expect(refused).toEqual({
      status: 'error',
      code: 'invalid_request',
      message: 'subject: not allowed',
    });

    sent.length = 0;
    const next = await save(saver, { title: 'Вечерен бюлетин' });
    // A later change goes alone: the refused subject is not sent with every change from now on.
    expect(sent).toEqual([{ title: 'Вечерен бюлетин' }]);
    expect(next).toEqual({ status: 'saved' });
  });

  it('names the fields holding typing not yet saved: waiting, on its way, failed', async () => {
    let answerNow!: () => void;
    const heldMain = (name: string, request: Record<string, unknown>) =>
      new Promise<unknown>((resolve, reject) => {
        answerNow = () => void answer(name, request).then(resolve, reject);
      });
    const saver = await renderSaver(changes, heldMain);
    expect([...saver().unsaved]).toEqual([]);
    await act(async () => saver().change({ subject: 'Сутрин' }));
    expect([...saver().unsaved]).toEqual(['subject']);
    await act(async () => saver().flush());
    // On its way: still not saved.
    expect([...saver().unsaved]).toEqual(['subject']);
    unavailable = true;
    await act(async () => answerNow());
    // Failed for a moment: kept, to be sent again.
    expect(saver().state.status).toBe('error');
    expect([...saver().unsaved]).toEqual(['subject']);
    unavailable = false;
    await act(async () => saver().flush());
    await act(async () => answerNow());
    expect(saver().state.status).toBe('saved');
    expect([...saver().unsaved]).toEqual([]);
  });

  it('keeps every change of a save that failed for a moment, and sends it with the next', async () => {
    const saver = await renderSaver();
    unavailable = true;
    const failed = await save(saver, { subject: 'Сутрин', preheader: 'Днес' });
    expect(failed).toEqual({ status: 'error', code: 'store_error', message: 'database is locked' });

    unavailable = false;
    sent.length = 0;
    const next = await save(saver, { title: 'Вечерен бюлетин' });
    expect(sent).toEqual([{ subject: 'Сутрин', preheader: 'Днес', title: 'Вечерен бюлетин' }]);
    expect(next).toEqual({ status: 'saved' });
  });

  it('never sends a refused save’s other fields again over a newer value of theirs', async () => {
    // Main as it is: answers after a moment, one request after another.
    const stored: Record<string, unknown> = {};
    const slowMain = async (_name: string, request: Record<string, unknown>) => {
      const patch = { ...request };
      delete patch.id;
      sent.push(patch);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (String(patch.subject ?? '').includes('bad'))
        throw new AppError('invalid_request', 'subject: not allowed');
      Object.assign(stored, patch);
      return { id: 7 } as Digest;
    };
    let queue: Promise<unknown> = Promise.resolve();
    const serial: EditionChanges = {
      run: (request, _picture, onError) => {
        const result = queue.then(request).then(
          (digest) => digest,
          (error: unknown) => {
            onError?.(error);
            return null;
          },
        );
        queue = result;
        return result;
      },
    };
    const saver = await renderSaver(serial, slowMain);
    await act(async () => {
      saver().change({ subject: 'bad subject', preheader: 'Сутрин' });
      saver().flush(); // on its way, to be refused
      saver().change({ preheader: 'Сутрин в София' });
      saver().flush(); // sent while the first is on its way
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(stored.preheader).toBe('Сутрин в София');
  });

  it('sends the rest of a refused save once when main names the field it refused', async () => {
    const naming = (name: string, request: Record<string, unknown>) =>
      answer(name, request).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'invalid_request'
          ? new AppError(error.code, error.message, ['subject'])
          : error;
      });
    const saver = await renderSaver(changes, naming);
    const refused = await save(saver, {
      subject: 'bad subject',
      preheader: 'Днес',
      title: 'Вечерен бюлетин',
    });
    // Two requests, not one per field: the patch, then all that main did not refuse.
    expect(sent).toEqual([
      { subject: 'bad subject', preheader: 'Днес', title: 'Вечерен бюлетин' },
      { preheader: 'Днес', title: 'Вечерен бюлетин' },
    ]);
    expect(refused).toEqual({
      status: 'error',
      code: 'invalid_request',
      message: 'subject: not allowed',
    });
  });

  describe('with the board’s changes, main holding each save till told', () => {
    /** The saver over the board's own queue of changes (useEditionChanges). */
    async function renderOnBoard(): Promise<{
      saver: () => ReturnType<typeof useFieldsSaver>;
      answerFirst: () => Promise<void>;
    }> {
      const held: (() => void)[] = [];
      callMock.mockImplementation(
        ((_name: string, request: Record<string, unknown>) =>
          new Promise<unknown>((resolve) => {
            const patch = { ...request };
            delete patch.id;
            sent.push(patch);
            held.push(() => resolve({ id: 7, revision: sent.length } as Digest));
          })) as unknown as typeof call,
      );
      const api = { apply: () => undefined, reload: () => undefined } as unknown as DigestsApi;
      let latest: ReturnType<typeof useFieldsSaver> | null = null;
      function Probe(): null {
        latest = useFieldsSaver(7, useEditionChanges());
        return null;
      }
      await render(
        <DigestContext.Provider value={api}>
          <Probe />
        </DigestContext.Provider>,
      );
      return { saver: () => latest!, answerFirst: () => act(async () => held.shift()?.()) };
    }

    /** A save on its way, unanswered, and typing after it not yet due. */
    async function typingBehindSave(saver: () => ReturnType<typeof useFieldsSaver>) {
      await save(saver, { subject: 'Сутрин' });
      await act(async () => saver().change({ subject: 'Сутрин в София' }));
      expect(sent).toEqual([{ subject: 'Сутрин' }]);
    }

    async function hidePage(): Promise<void> {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    }

    it('sends the typing of a hidden page after the save on its way, not beside it', async () => {
      // Typing is never due of itself here: only the page's hiding sends it.
      vi.useFakeTimers();
      const { saver, answerFirst } = await renderOnBoard();
      await typingBehindSave(saver);
      await hidePage();
      // Two saves of one field at once could reach main out of turn: it waits its turn…
      expect(sent).toEqual([{ subject: 'Сутрин' }]);
      await answerFirst();
      // …and goes as soon as the one before is answered, not when typing would have been due.
      expect(sent).toEqual([{ subject: 'Сутрин' }, { subject: 'Сутрин в София' }]);
      await answerFirst();
      expect(saver().state).toEqual({ status: 'saved' });
    });

    it('sends at once, as the page goes, typing that its hiding left waiting for an answer', async () => {
      const { saver } = await renderOnBoard();
      await typingBehindSave(saver);
      await hidePage();
      await act(async () => window.dispatchEvent(new Event('pagehide')));
      // The page will never see the first save's answer: the second does not wait for it.
      expect(sent).toEqual([{ subject: 'Сутрин' }, { subject: 'Сутрин в София' }]);
    });
  });
});
