import { useEffect, useState } from 'react';
import type { Events } from '@shared/events';
import type { UpdatedEntry } from '@shared/model';
import { listenToMain } from '@renderer/api/events';

/** A story a wire update changed: only its id matters to the open editor. */
export type WireUpdate = Pick<UpdatedEntry, 'id'>;

const NONE: readonly WireUpdate[] = [];

/**
 * The stories the latest wire updates changed: those of this window's own import, and those a
 * feed or the watched folder brought in (pushed by main), so that an open story they changed
 * says it is out of date, whichever way the update came. A new array for each arrival.
 */
export function useWireUpdates(
  fromImport: readonly UpdatedEntry[] | undefined,
): readonly WireUpdate[] {
  const [updates, setUpdates] = useState<readonly WireUpdate[]>(fromImport ?? NONE);
  // A new import report: its updates are the latest (set while rendering, as React advises for
  // state that follows a prop).
  const [seenImport, setSeenImport] = useState(fromImport);
  if (fromImport !== seenImport) {
    setSeenImport(fromImport);
    if (fromImport) setUpdates(fromImport);
  }
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'stories.changed') return;
        const ids = (message.payload as Events['stories.changed']).updatedIds;
        if (ids && ids.length > 0) setUpdates(ids.map((id) => ({ id })));
      }),
    [],
  );
  return updates;
}
