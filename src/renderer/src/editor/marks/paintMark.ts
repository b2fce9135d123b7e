import type { TFunction } from 'i18next';
import type { Annotation, AnnotationStatus } from '@shared/model';
import { ANNOTATION_STATUSES, mostSevere } from '@renderer/features/annotations/status';

const STATUS_CLASSES = ANNOTATION_STATUSES.map((status) => `ed-mark--${status}`);

/**
 * Shows on a mark's element what the store says about the annotations it holds: the most severe
 * status as a class and a data attribute (the colour), whether one of them is the active one,
 * and, on hover, type, status and speaker of each. Ids the store does not know (a deleted
 * annotation brought back by undo) show nothing.
 */
export function paintMark(
  element: HTMLElement,
  ids: readonly string[],
  byId: ReadonlyMap<string, Annotation>,
  activeId: string | null,
  t: TFunction,
): void {
  const known = ids
    .map((id) => byId.get(id))
    .filter((annotation): annotation is Annotation => annotation !== undefined);
  const status: AnnotationStatus | null = mostSevere(known.map((annotation) => annotation.status));
  element.classList.remove(...STATUS_CLASSES, 'ed-mark--unknown');
  element.classList.add(status ? `ed-mark--${status}` : 'ed-mark--unknown');
  element.classList.toggle('ed-mark--active', activeId !== null && ids.includes(activeId));
  element.dataset.annotationStatus = status ?? 'unknown';
  element.dataset.annotationIds = ids.join(' ');
  element.title = known
    .map((annotation) =>
      t('marks.tooltip', {
        type: t(`annotations.types.${annotation.type}`),
        status: t(`annotations.statuses.${annotation.status}`),
        speaker: annotation.speaker ?? t('annotations.noSpeaker'),
      }),
    )
    .join('\n');
}
