import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnchorContext } from '@shared/anchoring';
import type { Annotation, AnnotationType, DetectedQuote } from '@shared/model';
import type { Events } from '@shared/events';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { useDrawer } from '@renderer/app/drawer/DrawerContext';
import {
  AnnotationActionsContext,
  AnnotationsContext,
  type AnnotationActions,
  type AnnotationPatch,
  type AnnotationsApi,
} from './AnnotationsContext';
import { useAnnotationRecords } from './useAnnotationRecords';
import { useSuggestions } from './useSuggestions';
import { speakerForQuote } from './speakers';

const NO_IDS: readonly string[] = [];

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The same ids in the same order: typing inside a mark must not re-render the panel. */
function sameOrderedSet(a: ReadonlySet<string> | null, b: ReadonlySet<string>): boolean {
  return a !== null && sameIds([...a], [...b]);
}

/** One opened story's annotations (the caller is keyed by story). */
export function AnnotationsProvider({
  storyId,
  savedVersion,
  children,
}: {
  storyId: number;
  /** Bumped after every successful save: anchors and suggestions are recomputed then. */
  savedVersion: number;
  children: ReactNode;
}): React.JSX.Element {
  const reportError = useReportError();
  const { setBadges } = useDrawer();
  const { annotations, loadFailed, put, replaceAll } = useAnnotationRecords(storyId, savedVersion);
  const idsKey = annotations?.map((annotation) => annotation.id).join(',') ?? '';
  const { suggestions, drop, refresh } = useSuggestions(storyId, `${savedVersion}|${idsKey}`);
  // A quote accepted (or its annotation deleted) in another window is no longer (or again) a
  // suggestion here: asked again, lest it be accepted twice.
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'annotations.changed') return;
        const changed = message.payload as Events['annotations.changed'];
        if (changed.storyId === storyId && changed.change !== 'updated') refresh();
      }),
    [storyId, refresh],
  );
  const [anchoredIds, setAnchoredIdsState] = useState<ReadonlySet<string> | null>(null);
  const setAnchoredIds = useCallback((ids: ReadonlySet<string>) => {
    setAnchoredIdsState((previous) => (sameOrderedSet(previous, ids) ? previous : ids));
  }, []);
  const [caret, setCaretState] = useState<{ ids: readonly string[]; selected: boolean }>({
    ids: NO_IDS,
    selected: false,
  });
  const [activeId, setActiveId] = useState<string | null>(null);

  const byId = useMemo(
    () => new Map((annotations ?? []).map((annotation) => [annotation.id, annotation])),
    [annotations],
  );

  const setCaret = useCallback((ids: readonly string[], selected: boolean) => {
    setCaretState((previous) =>
      previous.selected === selected && sameIds(previous.ids, ids)
        ? previous
        : { ids: ids.length === 0 ? NO_IDS : ids, selected },
    );
  }, []);

  const create = useCallback(
    async (
      id: string,
      type: AnnotationType,
      anchor: AnchorContext,
      speaker?: string | null,
    ): Promise<Annotation | null> => {
      try {
        const created = await call('annotations.create', {
          id,
          storyId,
          type,
          quote: anchor.quote,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
          speaker:
            speaker ?? (type === 'quote' ? speakerForQuote(anchor.quote, suggestions) : null),
        });
        put(created);
        setActiveId(created.id);
        return created;
      } catch (error) {
        reportError(error);
        return null;
      }
    },
    [storyId, suggestions, put, reportError],
  );

  const update = useCallback(
    async (id: string, patch: AnnotationPatch): Promise<boolean> => {
      try {
        put(await call('annotations.update', { id, ...patch }));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [put, reportError],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        replaceAll(await call('annotations.delete', { id }));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [replaceAll, reportError],
  );

  const addNote = useCallback(
    async (id: string, text: string): Promise<boolean> => {
      try {
        put(await call('annotations.addNote', { id, text }));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [put, reportError],
  );

  const dismissSuggestion = useCallback(
    async (quote: DetectedQuote): Promise<boolean> => {
      try {
        await call('quotes.dismiss', { storyId, quote: quote.text });
        drop(quote);
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [storyId, drop, reportError],
  );

  const undismissSuggestion = useCallback(
    async (quote: DetectedQuote): Promise<void> => {
      try {
        await call('quotes.undismiss', { storyId, quote: quote.text });
        refresh();
      } catch (error) {
        reportError(error);
      }
    },
    [storyId, refresh, reportError],
  );

  // The drawer's tab shows the counts; they go when the story closes.
  const orphaned =
    annotations?.filter((annotation) =>
      anchoredIds ? !anchoredIds.has(annotation.id) : annotation.orphaned,
    ).length ?? 0;
  useEffect(() => {
    setBadges({ orphaned, suggestions: suggestions?.length ?? 0 });
  }, [orphaned, suggestions, setBadges]);
  useEffect(() => () => setBadges(null), [setBadges]);

  const api = useMemo<AnnotationsApi>(
    () => ({
      storyId,
      annotations,
      byId,
      loadFailed,
      anchoredIds,
      setAnchoredIds,
      caretIds: caret.ids,
      hasTextSelection: caret.selected,
      setCaret,
      activeId,
      setActiveId,
      suggestions,
      create,
      update,
      remove,
      addNote,
      dismissSuggestion,
      undismissSuggestion,
    }),
    [
      storyId,
      annotations,
      byId,
      loadFailed,
      anchoredIds,
      setAnchoredIds,
      caret,
      setCaret,
      activeId,
      suggestions,
      create,
      update,
      remove,
      addNote,
      dismissSuggestion,
      undismissSuggestion,
    ],
  );

  const actions = useMemo<AnnotationActions>(
    () => ({ update, remove, addNote, setActiveId }),
    [update, remove, addNote],
  );

  return (
    <AnnotationActionsContext value={actions}>
      <AnnotationsContext value={api}>{children}</AnnotationsContext>
    </AnnotationActionsContext>
  );
}
