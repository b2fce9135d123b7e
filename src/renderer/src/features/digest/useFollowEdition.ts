import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Events } from '@shared/events';
import type { Digest } from '@shared/model';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { useDigests } from './DigestContext';

const never = (): boolean => false;

/**
 * The open edition kept as main has it when it changes elsewhere: when another window (or tab)
 * changes it, main says so (`digests.changed`, with a revision newer than the one shown) and the
 * edition is fetched and shown; likewise when the window gets the focus back (the command line,
 * another process, may have changed it). One fetch at a time: asked for again meanwhile, it is
 * fetched once more after (what the first brings may be older).
 *
 * `busy`: changes of the caller's own are on their way, whose answers will carry the edition —
 * nothing is fetched then, and what a fetch brings back meanwhile is not shown.
 */
export function useFollowEdition(busy: () => boolean = never): void {
  const { apply, current } = useDigests();
  /** The edition shown: which one a push is about, and whether it is news. */
  const shown = useRef<Pick<Digest, 'id' | 'revision'> | null>(null);
  useLayoutEffect(() => {
    shown.current = current ? { id: current.id, revision: current.revision } : null;
  }, [current]);
  const isBusy = useRef(busy);
  useLayoutEffect(() => {
    isBusy.current = busy;
  }, [busy]);
  /** A fetch on its way; `again`: asked for once more meanwhile. */
  const fetching = useRef<'no' | 'yes' | 'again'>('no');
  useEffect(() => {
    const follow = (): void => {
      const open = shown.current;
      if (!open || isBusy.current()) return;
      if (fetching.current !== 'no') {
        fetching.current = 'again';
        return;
      }
      fetching.current = 'yes';
      void call('digests.get', { id: open.id })
        .then(
          (digest) => {
            // A change made meanwhile: its answer is newer, and shown when it comes.
            if (!isBusy.current()) apply(digest);
          },
          // Nothing lost: the next change's answer, or the next push, brings the edition.
          () => undefined,
        )
        .finally(() => {
          const again = fetching.current === 'again';
          fetching.current = 'no';
          if (again) follow();
        });
    };
    const stop = listenToMain((message) => {
      if (message.name !== 'digests.changed') return;
      const { id, revision } = message.payload as Events['digests.changed'];
      const open = shown.current;
      if (open && id === open.id && revision > open.revision) follow();
    });
    window.addEventListener('focus', follow);
    return () => {
      stop();
      window.removeEventListener('focus', follow);
    };
  }, [apply]);
}
