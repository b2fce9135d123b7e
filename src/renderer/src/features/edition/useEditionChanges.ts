import { useCallback, useMemo, useRef } from 'react';
import type { Digest } from '@shared/model';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { useDigests } from '@renderer/features/digest/DigestContext';

export interface EditionChanges {
  /**
   * Sends one change after those already on their way (so that main sees them in the order the
   * editor made them). `picture`, if given, is shown at once: what the board will look like. The
   * answer (the whole edition) replaces it — unless more changes are still on their way, whose
   * answers will carry this one too. A failure is reported (to `onError` if given, else in the
   * alert region) and the edition fetched again.
   */
  run: (
    request: () => Promise<Digest>,
    picture?: Digest,
    onError?: (error: unknown) => void,
  ) => Promise<Digest | null>;
}

export function useEditionChanges(): EditionChanges {
  const { apply, reload } = useDigests();
  const reportError = useReportError();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const run = useCallback<EditionChanges['run']>(
    (request, picture, onError) => {
      if (picture) apply(picture);
      pending.current += 1;
      const result = queue.current.then(request).then(
        (digest) => {
          pending.current -= 1;
          if (pending.current === 0) apply(digest);
          return digest;
        },
        (error: unknown) => {
          pending.current -= 1;
          (onError ?? reportError)(error);
          if (pending.current === 0) reload();
          return null;
        },
      );
      queue.current = result;
      return result;
    },
    [apply, reload, reportError],
  );

  return useMemo(() => ({ run }), [run]);
}
