// @vitest-environment happy-dom
import { act } from 'react';
import { expect, it } from 'vitest';
import { render } from '@renderer/test/render';
import type { Digest } from '@shared/model';
import { DigestContext, type DigestsApi } from '@renderer/features/digest/DigestContext';
import { useEditionChanges, type EditionChanges } from './useEditionChanges';

/** The hook under a provider that records what it is asked to show. */
async function renderChanges(): Promise<{ changes: EditionChanges; shown: Digest[] }> {
  const shown: Digest[] = [];
  const api = {
    apply: (digest: Digest) => shown.push(digest),
    reload: () => undefined,
  } as unknown as DigestsApi;
  let changes: EditionChanges | null = null;
  function Probe(): null {
    changes = useEditionChanges();
    return null;
  }
  await render(
    <DigestContext.Provider value={api}>
      <Probe />
    </DigestContext.Provider>,
  );
  return { changes: changes!, shown };
}

/** A request main has not answered yet; `answer` answers it with that revision. */
function unanswered(started: string[], name: string) {
  let answer!: (revision: number) => void;
  const request = (): Promise<Digest> => {
    started.push(name);
    return new Promise<Digest>((resolve) => {
      answer = (revision) => resolve({ id: 1, revision } as Digest);
    });
  };
  return { request, answer: (revision: number) => answer(revision) };
}

const settle = (): Promise<void> => act(async () => undefined);

/** A move sent and unanswered, and a rename made after it, waiting for that answer. */
async function renameBehindMove() {
  const { changes } = await renderChanges();
  const started: string[] = [];
  const move = unanswered(started, 'move');
  const rename = unanswered(started, 'rename');
  void changes.run(move.request);
  void changes.run(rename.request);
  await settle();
  expect(started).toEqual(['move']);
  return { started, move };
}

it('sends changes one after another, each once the one before is answered', async () => {
  const { started, move } = await renameBehindMove();
  move.answer(2);
  await settle();
  expect(started).toEqual(['move', 'rename']);
});

it('sends what the page leaves with at once, after what was waiting, and shows the newest answer', async () => {
  const { changes, shown } = await renderChanges();
  const started: string[] = [];
  const move = unanswered(started, 'move');
  const rename = unanswered(started, 'rename');
  const fields = unanswered(started, 'fields');
  void changes.run(move.request);
  void changes.run(rename.request);
  void changes.run(fields.request, undefined, undefined, { now: true });
  await settle();
  // The move is still unanswered: the rename waiting behind it goes now too, first.
  expect(started).toEqual(['move', 'rename', 'fields']);

  // Answered out of turn, the newest edition is shown once all are in.
  fields.answer(4);
  rename.answer(3);
  await settle();
  expect(shown).toEqual([]);
  move.answer(2);
  await settle();
  expect(shown.map((digest) => digest.revision)).toEqual([4]);
});

it('sends the changes still waiting as the page goes, though none is made then', async () => {
  const { started } = await renameBehindMove();
  // The page will never see the move's answer: the rename does not wait for it.
  window.dispatchEvent(new Event('pagehide'));
  await settle();
  expect(started).toEqual(['move', 'rename']);
});
