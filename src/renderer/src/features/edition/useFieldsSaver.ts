import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf } from '@shared/api';
import { call } from '@renderer/api/client';
import type { EditionChanges } from './useEditionChanges';
import { messageOf } from './editionApi';

export type FieldsPatch = Omit<RequestOf<'digests.update'>, 'id'>;

export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string };

const SAVE_DELAY_MS = 800;

/**
 * The edition's fields are saved a moment after typing stops (and at once on leaving a field or
 * the board). Changes made while a save is on its way wait for the next one; a failed save keeps
 * its changes for the next try.
 */
export function useFieldsSaver(
  digestId: number,
  changes: EditionChanges,
): { state: SaveState; change: (patch: FieldsPatch) => void; flush: () => void } {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const pending = useRef<FieldsPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setState({ status: 'saving' });
    let failure: unknown = null;
    void changes
      .run(
        () => call('digests.update', { id: digestId, ...patch }),
        undefined,
        (error) => {
          failure = error;
        },
      )
      .then((answer) => {
        if (answer === null) {
          // Keep what failed, under anything typed since.
          pending.current = { ...patch, ...pending.current };
          setState({ status: 'error', message: messageOf(failure) });
        } else if (Object.keys(pending.current).length === 0 && timer.current === null) {
          setState({ status: 'saved' });
        }
      });
  }, [changes, digestId]);

  const change = useCallback(
    (patch: FieldsPatch) => {
      Object.assign(pending.current, patch);
      setState({ status: 'pending' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the board (or switching edition) saves what was typed.
  useEffect(() => flush, [flush]);

  return { state, change, flush };
}
