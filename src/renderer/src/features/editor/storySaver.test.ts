import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import type { LexicalStateJson } from '@shared/model';
import { StorySaver, whenSaved } from './storySaver';

const body = (text: string): LexicalStateJson => ({
  root: { type: 'root', children: [{ type: 'paragraph', text }] },
});

function setup(
  save = vi.fn(async (req: { baseRevision?: number }) => ({
    id: 1,
    revision: (req.baseRevision ?? 0) + 1,
    updatedAt: '2025-01-01T00:00:00Z',
  })),
) {
  const saver = new StorySaver({ id: 1, revision: 3, save, delayMs: 800 });
  return { saver, save };
}

describe('StorySaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('names its editing session in every save, so the store can fold them', async () => {
    const save = vi.fn(async (req: { baseRevision?: number }) => ({
      id: 1,
      revision: (req.baseRevision ?? 0) + 1,
      updatedAt: '2025-01-01T00:00:00Z',
    }));
    const saver = new StorySaver({ id: 1, revision: 3, save, session: 'editor-a' });
    saver.bodyChanged(() => body('a'));
    await vi.runAllTimersAsync();
    saver.headlineChanged('Headline');
    await vi.runAllTimersAsync();
    expect(save.mock.calls.map(([req]) => (req as { session?: string }).session)).toEqual([
      'editor-a',
      'editor-a',
    ]);
  });

  it('tells a save made elsewhere from its own, whose word may come before its answer', async () => {
    const save = vi.fn(async () => ({ id: 1, revision: 4, updatedAt: '2025-01-01T00:00:00Z' }));
    const saver = new StorySaver({ id: 1, revision: 3, save, session: 'editor-a' });
    expect(saver.savedElsewhere({ revision: 4, session: 'editor-a' })).toBe(false);
    expect(saver.savedElsewhere({ revision: 4, session: 'editor-b' })).toBe(true);
    expect(saver.savedElsewhere({ revision: 4, session: null })).toBe(true); // a restore
    saver.bodyChanged(() => body('a'));
    await vi.runAllTimersAsync();
    // What this editor holds now is revision 4: a word about it, or an older one, is no news.
    expect(saver.savedElsewhere({ revision: 4, session: 'editor-b' })).toBe(false);
  });

  it('saves once, 800 ms after the last change, with the current body and headline', async () => {
    const { saver, save } = setup();
    saver.bodyChanged(() => body('a'));
    await vi.advanceTimersByTimeAsync(500);
    saver.headlineChanged('Headline');
    saver.bodyChanged(() => body('ab'));
    expect(saver.getState()).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      id: 1,
      baseRevision: 3,
      body: body('ab'),
      headline: 'Headline',
    });
    await vi.runAllTimersAsync();
    expect(saver.getState()).toEqual({ kind: 'saved' });
  });

  it('saves at the latest 2 s after the first unsaved change while typing goes on', async () => {
    const { saver, save } = setup();
    let text = '';
    const type = () => {
      text += 'a';
      const typed = text;
      saver.bodyChanged(() => body(typed));
    };
    // One keystroke every 100 ms: the 800 ms debounce alone would never fire.
    type();
    for (let elapsed = 100; elapsed < 2000; elapsed += 100) {
      await vi.advanceTimersByTimeAsync(100);
      type();
    }
    await vi.advanceTimersByTimeAsync(99);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ body: body(text) }));
    // The next deadline runs from the first change the started save did not carry.
    for (let elapsed = 0; elapsed < 2000; elapsed += 100) {
      type();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ baseRevision: 4 });
  });

  it('takes its maximum wait from the options', async () => {
    const save = vi.fn(async () => ({ id: 1, revision: 4, updatedAt: '' }));
    const saver = new StorySaver({ id: 1, revision: 3, save, delayMs: 800, maxWaitMs: 500 });
    for (let elapsed = 0; elapsed < 500; elapsed += 100) {
      saver.bodyChanged(() => body('a'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('sends the revision the previous save answered', async () => {
    const { saver, save } = setup();
    saver.bodyChanged(() => body('a'));
    await saver.flush();
    saver.bodyChanged(() => body('b'));
    await saver.flush();
    expect(save.mock.calls.map(([req]) => req.baseRevision)).toEqual([3, 4]);
  });

  it('keeps changes made while a save travels, and saves them next', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(
      (req: { baseRevision?: number }) =>
        new Promise<{ id: number; revision: number; updatedAt: string }>((resolve) => {
          finish = () => resolve({ id: 1, revision: (req.baseRevision ?? 0) + 1, updatedAt: '' });
        }),
    );
    const { saver } = setup(save);
    saver.bodyChanged(() => body('a'));
    const first = saver.flush();
    expect(saver.getState()).toEqual({ kind: 'saving' });
    saver.bodyChanged(() => body('ab'));
    finish();
    await first;
    expect(saver.getState()).toEqual({ kind: 'unsaved' });
    const second = saver.flush();
    finish();
    await second;
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ body: body('ab'), baseRevision: 4 });
    expect(saver.getState()).toEqual({ kind: 'saved' });
  });

  it('shows a failure and retries on the next change without losing it', async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce(new AppError('store_error', 'disk full'))
      .mockResolvedValue({ id: 1, revision: 4, updatedAt: '' });
    const { saver } = setup(save);
    saver.bodyChanged(() => body('a'));
    await saver.flush();
    const failed = { kind: 'error', message: 'disk full', code: 'store_error' };
    expect(saver.getState()).toEqual(failed);
    expect(saver.hasPendingChanges).toBe(true);
    saver.bodyChanged(() => body('ab'));
    expect(saver.getState()).toEqual(failed);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ body: body('ab') }));
    expect(saver.getState()).toEqual({ kind: 'saved' });
  });

  it('on a change made elsewhere, keeps the copy and saves it over only when told', async () => {
    const changedElsewhere = new AppError('conflict', 'Story 1 changed elsewhere');
    const save = vi
      .fn()
      .mockRejectedValueOnce(changedElsewhere)
      .mockRejectedValueOnce(changedElsewhere)
      .mockResolvedValue({ id: 1, revision: 6, updatedAt: '' });
    const { saver } = setup(save);
    saver.bodyChanged(() => body('mine'));
    await saver.flush();
    expect(saver.getState()).toEqual({ kind: 'conflict' });
    saver.bodyChanged(() => body('mine, more'));
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ baseRevision: 3 }));
    expect(saver.getState()).toEqual({ kind: 'conflict' });
    await saver.keepMine();
    // Told to overwrite: the store takes it over the other version, which stays a revision.
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true }));
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ body: body('mine, more') }));
    expect(saver.getState()).toEqual({ kind: 'saved' });
    expect(saver.revision).toBe(6);
  });

  it('saves its copy over a change made elsewhere when the story is closed, losing nothing', async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce(new AppError('conflict', 'Story 1 changed elsewhere'))
      .mockResolvedValue({ id: 1, revision: 6, updatedAt: '' });
    const { saver } = setup(save);
    saver.bodyChanged(() => body('mine'));
    await saver.flush();
    await saver.close();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ baseRevision: 3, overwrite: true }),
    );
    expect(saver.hasPendingChanges).toBe(false);
  });

  it('keeps the code of a failure, so the window can say it in its own words', async () => {
    const save = vi.fn().mockRejectedValue(new AppError('unreachable', 'Failed to fetch'));
    const { saver } = setup(save);
    saver.bodyChanged(() => body('a'));
    await saver.flush();
    expect(saver.getState()).toEqual({
      kind: 'error',
      message: 'Failed to fetch',
      code: 'unreachable',
    });
    expect(saver.hasPendingChanges).toBe(true);
  });

  it('does not send a cleared headline', async () => {
    const { saver, save } = setup();
    saver.headlineChanged('   ');
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    saver.bodyChanged(() => body('a'));
    await saver.flush();
    expect(save.mock.calls[0]?.[0]).not.toHaveProperty('headline');
  });

  it('lets a reload wait for the save in flight', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(
      () =>
        new Promise<{ id: number; revision: number; updatedAt: string }>((resolve) => {
          finish = () => resolve({ id: 1, revision: 4, updatedAt: '' });
        }),
    );
    const { saver } = setup(save);
    saver.bodyChanged(() => body('a'));
    void saver.flush();
    let waited = false;
    const reload = whenSaved(1).then(() => {
      waited = true;
    });
    await Promise.resolve();
    expect(waited).toBe(false);
    finish();
    await reload;
    expect(waited).toBe(true);
  });

  it('saves the story fields, an emptied one as null, and nothing else when only they changed', async () => {
    const { saver, save } = setup();
    saver.fieldChanged('byline', 'Мария Петрова');
    saver.fieldChanged('summary', '   ');
    await saver.flush();
    expect(save).toHaveBeenCalledWith({
      id: 1,
      baseRevision: 3,
      byline: 'Мария Петрова',
      summary: null,
    });
    expect(saver.revision).toBe(4);
  });
});
