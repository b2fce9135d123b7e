import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Digest, DigestSummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { isNotFound, useReportError } from '@renderer/app/errors/ErrorsContext';
import { navigate } from '@renderer/app/routing/route';
import { DigestContext, type DigestsApi } from './DigestContext';
import { downloadFile } from './downloadFile';

function choose(id: number | null): void {
  navigate({ digestId: id }, { replace: true });
}

export function DigestProvider({
  digestId,
  storiesVersion,
  children,
}: {
  digestId: number | null;
  /** Changes when a story was saved: item headlines may have changed. */
  storiesVersion: number;
  children: ReactNode;
}): React.JSX.Element {
  const reportError = useReportError();
  const [summaries, setSummaries] = useState<DigestSummary[] | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [loaded, setLoaded] = useState<Digest | null>(null);

  useEffect(() => {
    let current = true;
    call('digests.list', {})
      .then((list) => {
        if (current) setSummaries(list);
      })
      .catch(reportError);
    return () => {
      current = false;
    };
  }, [listVersion, reportError]);

  useEffect(() => {
    if (digestId === null) return;
    let current = true;
    call('digests.get', { id: digestId }).then(
      (digest) => {
        if (current) setLoaded(digest);
      },
      (error: unknown) => {
        if (!current) return;
        // A digest remembered in the URL that no longer exists: just forget it.
        if (isNotFound(error)) choose(null);
        else reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [digestId, storiesVersion, reportError]);

  const changed = useCallback((digest: Digest) => {
    setLoaded(digest);
    setListVersion((version) => version + 1);
  }, []);

  const attempt = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [reportError],
  );

  const current = loaded !== null && loaded.id === digestId ? loaded : null;

  const api = useMemo<DigestsApi>(
    () => ({
      summaries,
      current,
      currentId: digestId,
      choose,
      create: (date, title) =>
        attempt(async () => {
          const digest = await call('digests.create', {
            date,
            ...(title.trim() ? { title: title.trim() } : {}),
          });
          changed(digest);
          choose(digest.id);
        }),
      addStory: (storyId) =>
        attempt(async () => {
          if (digestId === null) return;
          changed(await call('digests.addStory', { digestId, storyIds: [storyId] }));
        }),
      removeItem: (itemId) =>
        attempt(async () => {
          if (digestId === null) return;
          changed(await call('digests.removeItem', { digestId, itemId }));
        }),
      exportHtml: () =>
        attempt(async () => {
          if (digestId === null) return;
          const file = await call('digests.export', { id: digestId, format: 'html' });
          downloadFile(file.content, file.fileName, file.mimeType);
        }),
    }),
    [summaries, current, digestId, attempt, changed],
  );

  return <DigestContext.Provider value={api}>{children}</DigestContext.Provider>;
}
