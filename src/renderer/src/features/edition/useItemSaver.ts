import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardActions, ItemPatch } from './boardActions';
import { useFlushOnPageLeave } from '@renderer/lib/useFlushOnPageLeave';

export type ItemSaveStatus = 'saved' | 'pending' | 'saving' | 'error';

const SAVE_DELAY_MS = 700;

/**
 * An item's overrides saved a moment after typing stops, at once with `flush` (leaving a
 * field, a toggle) and when the field goes away. A failed save keeps its changes for the next.
 */
export function useItemSaver(
  itemId: number,
  actions: BoardActions,
): {
  status: ItemSaveStatus;
  change: (patch: ItemPatch) => void;
  flush: () => void;
  cancel: () => void;
} {
  const [status, setStatus] = useState<ItemSaveStatus>('saved');
  const pending = useRef<ItemPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** `now`: the page is going away; see EditionChanges.run. */
  const send = useCallback(
    (now: boolean) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const patch = pending.current;
      if (Object.keys(patch).length === 0) return;
      pending.current = {};
      setStatus('saving');
      void actions.update(itemId, patch, { now }).then((ok) => {
        if (!ok) {
          pending.current = { ...patch, ...pending.current };
          setStatus('error');
        } else if (Object.keys(pending.current).length === 0 && timer.current === null) {
          setStatus('saved');
        }
      });
    },
    [actions, itemId],
  );
  const flush = useCallback(() => send(false), [send]);
  const flushNow = useCallback(() => send(true), [send]);

  const change = useCallback(
    (patch: ItemPatch) => {
      Object.assign(pending.current, patch);
      setStatus('pending');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = {};
    setStatus('saved');
  }, []);

  useEffect(() => flush, [flush]);
  // Reloading or closing the window before the save was due still saves it, at once: not after
  // changes still on their way, whose answers the page will not wait for.
  useFlushOnPageLeave(flushNow);

  return { status, change, flush, cancel };
}
