import { useCallback, useMemo, useRef, useState } from 'react';
import type { RequestOf } from '@shared/api';
import { AppError, type ErrorInfo } from '@shared/errors';
import { call } from '@renderer/api/client';
import { isNotFound, toErrorInfo } from '@renderer/app/errors/ErrorsContext';
import type { EditionChanges } from './useEditionChanges';
import { errorCode } from './editionApi';
import { usePatchSaver, type PatchOutcome } from './usePatchSaver';

export type FieldsPatch = Omit<RequestOf<'digests.update'>, 'id'>;

export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  /** As main said it (its code and English words): said in the interface's language when shown. */
  | ({ status: 'error' } & Pick<ErrorInfo, 'code' | 'message'>);

const SAVE_DELAY_MS = 800;

const NONE: ReadonlySet<keyof FieldsPatch> = new Set();

/**
 * The edition's fields are saved a moment after typing stops (and at once on leaving a field or
 * the board). Changes made while a save is on its way wait for the next one. A save that fails
 * for a moment (the store busy, main unreachable) keeps its changes for the next try; a field
 * main refuses is reported and let go, so that it does not take the fields saved with it down,
 * nor every later save (the fields are checked before sending: a refusal is unforeseen).
 */
export function useFieldsSaver(
  digestId: number,
  changes: EditionChanges,
): {
  state: SaveState;
  /** The fields holding typing not yet saved: waiting, on its way, or failed (to be retried). */
  unsaved: ReadonlySet<keyof FieldsPatch>;
  change: (patch: FieldsPatch) => void;
  flush: () => void;
} {
  /** How many saves on their way carry each field. */
  const sending = useRef(new Map<keyof FieldsPatch, number>());
  const [unsaved, setUnsaved] = useState<ReadonlySet<keyof FieldsPatch>>(NONE);
  /** Changes are numbered; each field keeps the number of its last: a save's value is stale
   * once its field's number is past the last change the save took. */
  const changeCount = useRef(0);
  const lastChange = useRef(new Map<keyof FieldsPatch, number>());

  const save = useCallback(
    async (patch: FieldsPatch, now: boolean): Promise<PatchOutcome<FieldsPatch>> => {
      const fields = Object.keys(patch) as (keyof FieldsPatch)[];
      for (const field of fields) sending.current.set(field, (sending.current.get(field) ?? 0) + 1);
      const taken = changeCount.current;
      const changedSince = (field: keyof FieldsPatch) =>
        (lastChange.current.get(field) ?? 0) > taken;
      const { unsaved, error } = await savePatch(changes, digestId, patch, changedSince, now);
      for (const field of fields) {
        const left = (sending.current.get(field) ?? 1) - 1;
        if (left > 0) sending.current.set(field, left);
        else sending.current.delete(field);
      }
      // Keep what failed for the next save, unless typed again since (sent, or to be).
      const kept = Object.entries(unsaved).filter(
        ([field]) => !changedSince(field as keyof FieldsPatch),
      );
      return { unsaved: Object.fromEntries(kept) as FieldsPatch, error };
    },
    [changes, digestId],
  );
  const publish = useCallback((waiting: FieldsPatch) => {
    const next = new Set([
      ...(Object.keys(waiting) as (keyof FieldsPatch)[]),
      ...sending.current.keys(),
    ]);
    setUnsaved((before) =>
      before.size === next.size && [...next].every((field) => before.has(field)) ? before : next,
    );
  }, []);
  const saver = usePatchSaver(SAVE_DELAY_MS, save, publish);

  const { change: changeSaver } = saver;
  const change = useCallback(
    (patch: FieldsPatch) => {
      changeCount.current += 1;
      for (const field of Object.keys(patch) as (keyof FieldsPatch)[])
        lastChange.current.set(field, changeCount.current);
      changeSaver(patch);
    },
    [changeSaver],
  );

  const { status, error } = saver;
  const state = useMemo<SaveState>(() => {
    if (status !== 'error') return { status };
    const { code, message } = toErrorInfo(error);
    return { status, code, message };
  }, [status, error]);

  return { state, unsaved, change, flush: saver.flush };
}

interface SaveOutcome {
  /** What to send again with the next save: fields that failed for a reason of the moment. */
  unsaved: FieldsPatch;
  /** The failure to show, if anything was not saved. */
  error: unknown;
}

/**
 * One patch to main. If main refuses it naming the fields, the rest are sent again together;
 * if it names none, each field is sent on its own: those it takes are saved, those it refuses
 * are dropped (with the error shown), those that fail otherwise are kept for the next save. A field changed since the patch was made is left out of the retries:
 * its newer value has been or will be sent, and must not be overwritten by this one.
 */
async function savePatch(
  changes: EditionChanges,
  digestId: number,
  patch: FieldsPatch,
  changedSince: (field: keyof FieldsPatch) => boolean,
  now = false,
): Promise<SaveOutcome> {
  const error = await send(changes, digestId, patch, now);
  if (error === null) return { unsaved: {}, error: null };
  const fields = Object.keys(patch) as (keyof FieldsPatch)[];
  if (!isRefusal(error)) return { unsaved: patch, error };
  // One field, or an edition that is gone: sending fields one by one cannot do better.
  if (fields.length === 1 || isNotFound(error)) return { unsaved: {}, error };
  const named = refusedFields(error, fields);
  if (named) {
    // Main said which fields it refused: the rest go again at once, in one request.
    const rest = Object.fromEntries(
      fields
        .filter((field) => !named.includes(field) && !changedSince(field))
        .map((field) => [field, patch[field]]),
    ) as FieldsPatch;
    if (Object.keys(rest).length === 0) return { unsaved: {}, error };
    const outcome = await savePatch(changes, digestId, rest, changedSince);
    return { unsaved: outcome.unsaved, error };
  }
  const outcome: SaveOutcome = { unsaved: {}, error: null };
  for (const field of fields) {
    if (changedSince(field)) continue;
    const single: FieldsPatch = { [field]: patch[field] };
    const fieldError = await send(changes, digestId, single);
    if (fieldError === null) continue;
    outcome.error ??= fieldError;
    if (!isRefusal(fieldError)) Object.assign(outcome.unsaved, single);
  }
  return outcome;
}

/** Sends a patch; the failure, or null once saved. */
async function send(
  changes: EditionChanges,
  digestId: number,
  patch: FieldsPatch,
  now = false,
): Promise<unknown> {
  let failure: unknown = null;
  const answer = await changes.run(
    () => call('digests.update', { id: digestId, ...patch }),
    undefined,
    (error) => {
      failure = error;
    },
    { now },
  );
  return answer === null ? (failure ?? new Error('not saved')) : null;
}

/** The patch's fields main named as refused, or null when it named none of them. */
function refusedFields(
  error: unknown,
  fields: (keyof FieldsPatch)[],
): (keyof FieldsPatch)[] | null {
  const named = error instanceof AppError ? error.fields : undefined;
  const refused = fields.filter((field) => named?.includes(field));
  return refused.length > 0 ? refused : null;
}

/** Main read the change and will not take it: sending it again would be refused again. */
function isRefusal(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'invalid_request' || code === 'not_found';
}
