import { useEffect, useState } from 'react';
import type { RevisionSummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

/**
 * The story's revisions, newest first; asked for when the panel is shown and again after every
 * save while it is (each save makes a revision, or replaces the newest: see stories-repo).
 */
export function useRevisionList(
  storyId: number,
  savedVersion: number,
  visible: boolean,
): RevisionSummary[] | 'failed' | null {
  const reportError = useReportError();
  const [revisions, setRevisions] = useState<RevisionSummary[] | 'failed' | null>(null);

  useEffect(() => {
    if (!visible) return;
    let current = true;
    call('stories.revisions', { id: storyId }).then(
      (list) => {
        if (current) setRevisions([...list].sort((a, b) => b.number - a.number));
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setRevisions('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [storyId, savedVersion, visible, reportError]);

  return revisions;
}
