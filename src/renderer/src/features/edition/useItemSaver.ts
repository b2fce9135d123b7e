import { useCallback } from 'react';
import type { BoardActions, ItemPatch } from './boardActions';
import { usePatchSaver, type PatchOutcome, type PatchSaveStatus } from './usePatchSaver';

export type ItemSaveStatus = PatchSaveStatus;

const SAVE_DELAY_MS = 700;

/**
 * An item's overrides saved a moment after typing stops, at once with `flush` (leaving a
 * field, a toggle) and when the field goes away. A failed save keeps its changes for the next
 * (its failure is shown in the alert region, by the board's changes).
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
  const save = useCallback(
    async (patch: ItemPatch, now: boolean): Promise<PatchOutcome<ItemPatch>> =>
      (await actions.update(itemId, patch, { now }))
        ? { unsaved: {}, error: null }
        : { unsaved: patch, error: new Error('not saved') },
    [actions, itemId],
  );
  const { status, change, flush, cancel } = usePatchSaver(SAVE_DELAY_MS, save);
  return { status, change, flush, cancel };
}
