import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export interface AnnotationRecords {
  annotations: Annotation[] | null;
  loadFailed: boolean;
  /** Replaces one record with the store's answer (or adds it). */
  put: (annotation: Annotation) => void;
  /** Replaces the whole list with the store's answer. */
  replaceAll: (annotations: Annotation[]) => void;
}

/**
 * The story's annotations, loaded with the story and again after every save (a save re-anchors
 * them and may orphan some). A list that arrives after a newer one was asked for is dropped.
 */
export function useAnnotationRecords(storyId: number, savedVersion: number): AnnotationRecords {
  const reportError = useReportError();
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    const ticket = ++asked.current;
    call('annotations.list', { storyId }).then(
      (list) => {
        if (ticket !== asked.current) return;
        setAnnotations((previous) => keepUnchanged(previous, list));
        setLoadFailed(false);
      },
      (error: unknown) => {
        if (ticket !== asked.current) return;
        reportError(error);
        setLoadFailed(true);
      },
    );
  }, [storyId, savedVersion, reportError]);

  const put = useCallback((annotation: Annotation) => {
    // A local change outdates a list still travelling.
    asked.current += 1;
    setAnnotations((list) => {
      const others = (list ?? []).filter((item) => item.id !== annotation.id);
      const at = (list ?? []).findIndex((item) => item.id === annotation.id);
      if (at === -1) return [...others, annotation];
      others.splice(at, 0, annotation);
      return others;
    });
  }, []);

  const replaceAll = useCallback((next: Annotation[]) => {
    asked.current += 1;
    setAnnotations(next);
  }, []);

  return { annotations, loadFailed, put, replaceAll };
}

/**
 * The list after a save is mostly what it was: records that did not change keep their
 * identity (and the list itself, when nothing changed), so that memoised rows do not re-render
 * on every autosave while the fact-checker types.
 */
function keepUnchanged(previous: Annotation[] | null, next: Annotation[]): Annotation[] {
  if (!previous) return next;
  const before = new Map(previous.map((annotation) => [annotation.id, annotation]));
  let changed = previous.length !== next.length;
  const merged = next.map((annotation, index) => {
    const old = before.get(annotation.id);
    if (old && JSON.stringify(old) === JSON.stringify(annotation)) {
      if (previous[index] !== old) changed = true;
      return old;
    }
    changed = true;
    return annotation;
  });
  return changed ? merged : previous;
}
