import { useEffect, useState } from 'react';
import type { StorySummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export const LIST_LIMIT = 200;

/**
 * The inbox list for a search. `version` changes whenever the store may have changed (import,
 * save), which reloads it. Until the first answer arrives the list is null (loading); later
 * answers replace the list without blanking it, so the inbox does not flicker while typing.
 */
export function useStories(search: string, version: number): StorySummary[] | null {
  const reportError = useReportError();
  const [stories, setStories] = useState<StorySummary[] | null>(null);

  useEffect(() => {
    let current = true;
    const query = search.trim();
    call('stories.list', { ...(query ? { search: query } : {}), limit: LIST_LIMIT })
      .then((list) => {
        if (current) setStories(list);
      })
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [search, version, reportError]);

  return stories;
}
