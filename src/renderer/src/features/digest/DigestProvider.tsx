import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Events } from '@shared/events';
import type { Digest, DigestSummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { AppError } from '@shared/errors';
import { isNotFound, useReportError } from '@renderer/app/errors/ErrorsContext';
import { navigate } from '@renderer/app/routing/route';
import { DigestContext, type DigestsApi } from './DigestContext';
import { downloadFile } from './downloadFile';
import { fetchFlags, NO_FLAGS, type FlagsById } from './storyFlags';
import { shareItems } from '@renderer/features/edition/boardOrder';

interface Loaded {
  digest: Digest;
  flags: FlagsById;
}

function choose(id: number | null): void {
  navigate({ digestId: id }, { replace: true });
}

export function DigestProvider({
  digestId,
  storiesVersion,
  flagsVersion,
  children,
}: {
  digestId: number | null;
  /** Changes when a story was saved: item headlines may have changed. */
  storiesVersion: number;
  /** Changes when stories were imported: their flags (canceled, embargo…) may have changed. */
  flagsVersion: number;
  children: ReactNode;
}): React.JSX.Element {
  const reportError = useReportError();
  const [summaries, setSummaries] = useState<DigestSummary[] | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloadVersion, setReloadVersion] = useState(0);
  // What was last shown, and for which flagsVersion: a save reuses the flags, an import does not.
  const shownRef = useRef<{ loaded: Loaded; flagsVersion: number } | null>(null);
  // The edition open now, for answers that come back after the editor has gone to another one.
  const openId = useRef(digestId);
  useLayoutEffect(() => {
    openId.current = digestId;
  }, [digestId]);
  const show = useCallback((next: Loaded, version: number) => {
    const before = shownRef.current?.loaded.digest ?? null;
    // Two answers can cross on the way back: never replace a newer edition by an older one.
    if (before && before.id === next.digest.id && next.digest.revision < before.revision) return;
    const loadedNext = { ...next, digest: shareItems(before, next.digest) };
    shownRef.current = { loaded: loadedNext, flagsVersion: version };
    setLoaded(loadedNext);
  }, []);
  // The digest and its stories' flags arrive together, so that badges never shift the list.
  const withFlags = useCallback(
    async (digest: Digest, known: FlagsById): Promise<Loaded> => {
      try {
        return {
          digest,
          flags: await fetchFlags(
            digest.items.map((i) => i.storyId),
            known,
          ),
        };
      } catch (error) {
        reportError(error);
        return { digest, flags: known };
      }
    },
    [reportError],
  );

  // An edition made or changed elsewhere (another window, the command line): the list says so.
  // The open one is followed by useFollowEdition, whose answer updates the list when it must.
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'digests.changed') return;
        const { id } = message.payload as Events['digests.changed'];
        if (id !== openId.current) setListVersion((version) => version + 1);
      }),
    [],
  );

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
    const shown = shownRef.current;
    const known =
      shown && shown.loaded.digest.id === digestId && shown.flagsVersion === flagsVersion
        ? shown.loaded.flags
        : NO_FLAGS;
    call('digests.get', { id: digestId })
      .then((digest) => withFlags(digest, known))
      .then(
        (next) => {
          if (current) show(next, flagsVersion);
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
  }, [digestId, storiesVersion, flagsVersion, reloadVersion, reportError, withFlags, show]);

  const changed = useCallback(
    async (digest: Digest) => {
      const shown = shownRef.current;
      const known = shown?.loaded.digest.id === digest.id ? shown.loaded.flags : NO_FLAGS;
      show(await withFlags(digest, known), shown?.flagsVersion ?? flagsVersion);
      setListVersion((version) => version + 1);
    },
    [withFlags, show, flagsVersion],
  );

  // Shown at once with the flags already known; the flags of newly added stories follow.
  const apply = useCallback(
    (digest: Digest) => {
      // A save of the edition left a moment ago (its fields are flushed as it closes) answers
      // after the next one has opened: showing it would put the open edition back to "Loading…".
      if (digest.id !== openId.current) {
        setListVersion((v) => v + 1);
        return;
      }
      const shown = shownRef.current;
      const before = shown?.loaded.digest.id === digest.id ? shown.loaded : null;
      const known = before?.flags ?? NO_FLAGS;
      const version = shown?.flagsVersion ?? flagsVersion;
      show({ digest, flags: known }, version);
      if (
        !before ||
        before.digest.title !== digest.title ||
        before.digest.date !== digest.date ||
        before.digest.items.length !== digest.items.length
      )
        setListVersion((v) => v + 1);
      if (digest.items.some((item) => !known.has(item.storyId))) {
        void withFlags(digest, known).then((next) => {
          const now = shownRef.current?.loaded.digest;
          if (now && now.id === digest.id && now.revision === digest.revision)
            show({ digest: now, flags: next.flags }, version);
        });
      }
    },
    [show, withFlags, flagsVersion],
  );

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

  const shown = loaded !== null && loaded.digest.id === digestId ? loaded : null;
  const current = shown?.digest ?? null;
  const flags = shown?.flags ?? NO_FLAGS;

  // The actions apart from what is shown, and stable while the same edition is open: the board's
  // rows take callbacks built on them, and a new function after every move would re-render them all.
  const actions = useMemo<Omit<DigestsApi, 'summaries' | 'current' | 'currentId' | 'flags'>>(
    () => ({
      choose,
      create: (date, title, options = {}) =>
        attempt(async () => {
          const digest = await call('digests.create', {
            date,
            ...(title.trim() ? { title: title.trim() } : {}),
            ...(options.fromPrevious === undefined ? {} : { fromPrevious: options.fromPrevious }),
          });
          await changed(digest);
          choose(digest.id);
        }),
      addStory: (storyId) =>
        attempt(async () => {
          if (digestId === null) return;
          await changed(await call('digests.addStory', { digestId, storyIds: [storyId] }));
        }),
      removeItem: (itemId) =>
        attempt(async () => {
          if (digestId === null) return;
          await changed(await call('digests.removeItem', { digestId, itemId }));
        }),
      exportHtml: async () => {
        if (digestId === null) return 'failed';
        try {
          const file = await call('digests.export', { id: digestId, format: 'html' });
          downloadFile(file.content, file.fileName, file.mimeType);
          return 'done';
        } catch (error) {
          if (error instanceof AppError && error.code === 'blocked') return 'blocked';
          reportError(error);
          return 'failed';
        }
      },
      apply,
      reload: () => setReloadVersion((v) => v + 1),
    }),
    [digestId, attempt, changed, apply, reportError],
  );
  const api = useMemo<DigestsApi>(
    () => ({ summaries, current, currentId: digestId, flags, ...actions }),
    [summaries, current, digestId, flags, actions],
  );

  return <DigestContext.Provider value={api}>{children}</DigestContext.Provider>;
}
