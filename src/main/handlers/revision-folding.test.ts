import { describe, expect, it } from 'vitest';
import { createContext, type HandlerContext } from './context';
import { dispatch } from './dispatch';
import { openStore } from '../store/db';
import { call, upload } from '../test/helpers';

const STORY = 'Заглавие на новината\n\nПърви абзац.\n\nВтори абзац.';
const START = Date.parse('2026-03-14T08:00:00.000Z');

/** A store whose clock the test moves, with one imported story (revision 1). */
async function storyAt(): Promise<{ ctx: HandlerContext; at: (minutes: number) => void }> {
  let now = START;
  const ctx = createContext(openStore(':memory:'), () => new Date(now).toISOString());
  await call(ctx, 'stories.import', { files: [upload('a.txt', STORY)] });
  return { ctx, at: (minutes) => (now = START + minutes * 60_000) };
}

async function typed(ctx: HandlerContext, text: string, session?: string): Promise<number> {
  const story = await call(ctx, 'stories.get', { id: 1 });
  const body = structuredClone(story.body);
  (body.root.children[0] as { children: { text: string }[] }).children[0]!.text = text;
  const saved = await call(ctx, 'stories.save', {
    id: 1,
    body,
    baseRevision: story.revision,
    ...(session ? { session } : {}),
  });
  return saved.revision;
}

async function history(ctx: HandlerContext): Promise<[number, string][]> {
  const revisions = await call(ctx, 'stories.revisions', { id: 1 });
  return revisions.map((revision) => [revision.number, revision.reason]);
}

describe('revisions of an editing session', () => {
  it('folds the autosaves of one editor within five minutes into one revision, the latest', async () => {
    const { ctx, at } = await storyAt();
    at(0);
    expect(await typed(ctx, 'Едно', 'editor-a')).toBe(2);
    at(1);
    expect(await typed(ctx, 'Едно две', 'editor-a')).toBe(3);
    at(2);
    expect(await typed(ctx, 'Едно две три', 'editor-a')).toBe(4);
    expect(await history(ctx)).toEqual([
      [4, 'edit'],
      [1, 'import'],
    ]);
    const kept = await call(ctx, 'stories.revision', { id: 1, number: 4 });
    expect(kept.bodyText).toMatch(/^Едно две три/);
    expect(await dispatch(ctx, 'stories.revision', { id: 1, number: 2 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('starts a new revision once the session has edited for five minutes', async () => {
    const { ctx, at } = await storyAt();
    at(0);
    await typed(ctx, 'Едно', 'editor-a');
    at(3);
    await typed(ctx, 'Едно две', 'editor-a');
    at(6);
    await typed(ctx, 'Едно две три', 'editor-a');
    at(7);
    await typed(ctx, 'Едно две три четири', 'editor-a');
    expect(await history(ctx)).toEqual([
      [5, 'edit'],
      [3, 'edit'],
      [1, 'import'],
    ]);
  });

  it('never folds saves of another session, saves without one, or across a restore', async () => {
    const { ctx, at } = await storyAt();
    at(0);
    await typed(ctx, 'Едно', 'editor-a');
    await typed(ctx, 'Две', 'editor-b');
    await typed(ctx, 'Три');
    await typed(ctx, 'Четири');
    await call(ctx, 'stories.restoreRevision', { id: 1, number: 2 });
    await typed(ctx, 'Пет', 'editor-b');
    expect(await history(ctx)).toEqual([
      [7, 'edit'],
      [6, 'restore'],
      [5, 'edit'],
      [4, 'edit'],
      [3, 'edit'],
      [2, 'edit'],
      [1, 'import'],
    ]);
    // The restore says which revision it took back, in the list and on its own.
    const listed = await call(ctx, 'stories.revisions', { id: 1 });
    expect(listed.find((revision) => revision.number === 6)).toMatchObject({ restoredFrom: 2 });
    expect(listed.find((revision) => revision.number === 5)).toMatchObject({ restoredFrom: null });
    expect(await call(ctx, 'stories.revision', { id: 1, number: 6 })).toMatchObject({
      reason: 'restore',
      restoredFrom: 2,
    });
  });

  it('keeps the marks a restored story’s editor gives back a moment later inside the restore', async () => {
    const { ctx, at } = await storyAt();
    at(0);
    await typed(ctx, 'Едно', 'editor-a');
    at(10);
    await typed(ctx, 'Две', 'editor-a');
    await call(ctx, 'stories.restoreRevision', { id: 1, number: 2 });
    // The reopened editor saves the same words with a mark put back: no edit of anyone's.
    at(10.2);
    const story = await call(ctx, 'stories.get', { id: 1 });
    const body = structuredClone(story.body);
    const first = (body.root.children[0] as { children: Record<string, unknown>[] }).children[0]!;
    first.format = 1; // bold: another body, the same words
    await call(ctx, 'stories.save', { id: 1, body, baseRevision: story.revision, session: 'b' });
    const listed = await call(ctx, 'stories.revisions', { id: 1 });
    expect(listed.map((revision) => [revision.number, revision.reason])).toEqual([
      [5, 'restore'],
      [3, 'edit'],
      [2, 'edit'],
      [1, 'import'],
    ]);
    expect(listed[0]).toMatchObject({ restoredFrom: 2, current: true });
    // Words typed after it are an edit of their own.
    at(10.5);
    await typed(ctx, 'Три', 'b');
    expect((await history(ctx)).slice(0, 2)).toEqual([
      [6, 'edit'],
      [5, 'restore'],
    ]);
  });

  it('still refuses a save from an editor that missed a folded one', async () => {
    const { ctx, at } = await storyAt();
    at(0);
    const stale = await call(ctx, 'stories.get', { id: 1 });
    await typed(ctx, 'Едно', 'editor-a');
    await typed(ctx, 'Едно две', 'editor-a');
    const refused = await dispatch(ctx, 'stories.save', {
      id: 1,
      headline: 'Друго',
      baseRevision: stale.revision,
      session: 'editor-b',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
