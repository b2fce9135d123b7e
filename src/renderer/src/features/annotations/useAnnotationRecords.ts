import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '@shared/model';
import type { Events } from '@shared/events';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { keepUnchanged } from './keepUnchanged';

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
 * them and may orphan some); one changed in another window is taken as main says it changed. A
 * list that arrives after a newer one was asked for is dropped.
 */
export function useAnnotationRecords(storyId: number, savedVersion: number): AnnotationRecords {
  const reportError = useReportError();
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const asked = useRef(0);
  // One changed in another window (a verdict set there) is taken at once, so that no one sets
  // a verdict over one they have not seen; one deleted there goes from the list (its mark goes
  // with the text that window saves, which this window is told of: story.saved). Not one made
  // there: its mark comes with that text, and listed here without it, it would read as orphaned.
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'annotations.changed') return;
        const changed = message.payload as Events['annotations.changed'];
        if (changed.storyId !== storyId) return;
        if (changed.change === 'deleted') {
          setAnnotations((current) => current?.filter(({ id }) => id !== changed.id) ?? current);
          return;
        }
        if (changed.change !== 'updated') return;
        call('annotations.list', { storyId }).then(
          (list) => {
            const fresh = list.find((annotation) => annotation.id === changed.id);
            if (!fresh) return;
            setAnnotations(
              (current) =>
                current?.map((annotation) =>
                  annotation.id === fresh.id && annotation.updatedAt <= fresh.updatedAt
                    ? fresh
                    : annotation,
                ) ?? current,
            );
          },
          () => undefined, // the next load or save brings it
        );
      }),
    [storyId],
  );

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
