import { useCallback, useEffect, useRef, useState } from 'react';
import { usePageLeave } from '@renderer/lib/usePageLeave';

export type PatchSaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/** What became of one patch sent. */
export interface PatchOutcome<P> {
  /** What to send again with the next save (a failure of the moment): {} when nothing. */
  unsaved: P;
  /** The failure to show, or null when nothing failed. */
  error: unknown;
}

export interface PatchSaver<P> {
  status: PatchSaveStatus;
  /** The failure, while the status is 'error'. */
  error: unknown;
  change: (patch: P) => void;
  flush: () => void;
  /** Lets go of what waits, unsent. */
  cancel: () => void;
}

/**
 * Typing saved as patches: changes wait, merged into one patch, until typing stops for `delayMs`
 * (or `flush`, or the saver goes away), then go to `save`; changes made while a save is on its way
 * wait for the next one. What a save gives back as unsaved goes with the next save, under any
 * newer change. `save`'s `now`: the page is going away (see EditionChanges.run). `onWaiting` is
 * told what waits whenever it changes. `save` and `onWaiting` are to be stable (useCallback).
 */
export function usePatchSaver<P extends object>(
  delayMs: number,
  save: (patch: P, now: boolean) => Promise<PatchOutcome<P>>,
  onWaiting?: (waiting: P) => void,
): PatchSaver<P> {
  const [state, setState] = useState<{ status: PatchSaveStatus; error: unknown }>({
    status: 'saved',
    error: null,
  });
  const pending = useRef<P>({} as P);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Saves sent and not answered yet: "saved" only once none is left. */
  const inFlight = useRef(0);

  const send = useCallback(
    (now: boolean) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const patch = pending.current;
      if (Object.keys(patch).length === 0) return;
      pending.current = {} as P;
      setState({ status: 'saving', error: null });
      inFlight.current += 1;
      void save(patch, now).then(({ unsaved, error }) => {
        inFlight.current -= 1;
        pending.current = { ...unsaved, ...pending.current };
        onWaiting?.(pending.current);
        if (error !== null) setState({ status: 'error', error });
        else if (
          Object.keys(pending.current).length === 0 &&
          timer.current === null &&
          inFlight.current === 0
        )
          setState({ status: 'saved', error: null });
      });
    },
    [save, onWaiting],
  );
  const flush = useCallback(() => send(false), [send]);
  const flushNow = useCallback(() => send(true), [send]);

  const change = useCallback(
    (patch: P) => {
      Object.assign(pending.current, patch);
      onWaiting?.(pending.current);
      setState({ status: 'pending', error: null });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, onWaiting, delayMs],
  );

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = {} as P;
    onWaiting?.(pending.current);
    setState({ status: inFlight.current > 0 ? 'saving' : 'saved', error: null });
  }, [onWaiting]);

  // Leaving (the board, the field, the edition) saves what was typed.
  useEffect(() => flush, [flush]);
  // …and so does hiding the page (it may not come back), after any save on its way as always,
  // without waiting for typing to stop; and leaving it (a reload, the window closed) before the
  // save was due: sent at once, not after changes still on their way, whose answers the page
  // will not wait for. A hidden page's save still waiting behind them goes then too: the board's
  // changes send all that waits as the page goes (useEditionChanges).
  usePageLeave({ onHidden: flush, onLeave: flushNow });

  return { status: state.status, error: state.error, change, flush, cancel };
}
