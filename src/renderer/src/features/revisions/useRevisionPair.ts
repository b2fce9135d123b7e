import { useEffect, useState } from 'react';
import type { RevisionContent } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export type PairLoad =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; older: RevisionContent; newer: RevisionContent };

/** Both revisions' texts, for comparing. */
export function useRevisionPair(storyId: number, older: number, newer: number): PairLoad {
  const reportError = useReportError();
  const [load, setLoad] = useState<PairLoad>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    Promise.all([
      call('stories.revision', { id: storyId, number: older }),
      call('stories.revision', { id: storyId, number: newer }),
    ]).then(
      ([before, after]) => {
        if (current) setLoad({ kind: 'ready', older: before, newer: after });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setLoad({ kind: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [storyId, older, newer, reportError]);

  return load;
}
