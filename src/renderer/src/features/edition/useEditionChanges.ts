import { useCallback, useMemo, useRef } from 'react';
import type { Digest } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { useDigests } from '@renderer/features/digest/DigestContext';
import { useFollowEdition } from '@renderer/features/digest/useFollowEdition';
import { usePageLeave } from '@renderer/lib/usePageLeave';

export interface EditionChanges {
  /**
   * Sends one change after those already on their way (so that main sees them in the order the
   * editor made them). `picture`, if given, is shown at once: what the board will look like. The
   * answer (the whole edition) replaces it — unless more changes are still on their way, whose
   * answers will carry this one too. A failure is reported (to `onError` if given, else in the
   * alert region) and the edition fetched again.
   *
   * `now`: the page is going away. What waits for an answer would never be sent — the page will
   * not see that answer — so every change still waiting is sent at once, in its order, and this
   * one after it, without waiting for the answers of those before. The page going away does
   * that of itself too, for the changes waiting then (a save sent as the page was hidden).
   */
  run: (
    request: () => Promise<Digest>,
    picture?: Digest,
    onError?: (error: unknown) => void,
    options?: { now?: boolean },
  ) => Promise<Digest | null>;
}

/**
 * The board's changes to main, and main's changes from elsewhere: when another window (or tab)
 * changes the open edition, main says so (`digests.changed`) and the board fetches it, as it
 * does when the window gets the focus back (the command line, another process, may have changed
 * it: useFollowEdition). Not while changes of its own are on their way: their answers carry it.
 * Fields holding typing not yet saved keep it (useFollowedValue).
 */
export function useEditionChanges(): EditionChanges {
  const { apply, reload } = useDigests();
  const reportError = useReportError();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  /** The changes waiting for those before them to be answered: each one's "go", in order. */
  const waiting = useRef(new Set<() => void>());
  /** The newest answer while changes are on their way (sent at once, they may answer out of turn). */
  const newest = useRef<Digest | null>(null);

  useFollowEdition(useCallback(() => pending.current > 0, []));

  /** Every change still waiting goes now, in its order: the page will not see the answers they
   * wait for. Going away, it does so of itself. */
  const releaseAll = useCallback(() => {
    for (const release of waiting.current) release();
  }, []);
  usePageLeave({ onLeave: releaseAll });

  const run = useCallback<EditionChanges['run']>(
    (request, picture, onError, options) => {
      if (picture) apply(picture);
      pending.current += 1;
      let go!: () => void;
      const released = new Promise<void>((resolve) => {
        go = resolve;
      });
      waiting.current.add(go);
      // Each request settles as a Digest or null: the one before never rejects the queue.
      void queue.current.then(go);
      // Released in the order they were made, so they start (and reach main) in that order.
      if (options?.now) releaseAll();
      const result = released
        .then(() => {
          waiting.current.delete(go);
          return request();
        })
        .then(
          (digest) => {
            pending.current -= 1;
            if (!newest.current || digest.revision >= newest.current.revision)
              newest.current = digest;
            if (pending.current === 0) {
              apply(newest.current);
              newest.current = null;
            }
            return digest;
          },
          (error: unknown) => {
            pending.current -= 1;
            (onError ?? reportError)(error);
            if (pending.current === 0) {
              newest.current = null;
              reload();
            }
            return null;
          },
        );
      queue.current = result;
      return result;
    },
    [apply, reload, reportError, releaseAll],
  );

  return useMemo(() => ({ run }), [run]);
}
