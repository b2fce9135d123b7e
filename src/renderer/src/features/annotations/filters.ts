import type { Annotation, AnnotationStatus } from '@shared/model';

/** '' for every speaker, NO_SPEAKER for annotations nobody is named on yet. */
export const NO_SPEAKER = '\u0000none';

export interface AnnotationFilter {
  status: AnnotationStatus | 'all';
  speaker: string;
}

export const NO_FILTER: AnnotationFilter = { status: 'all', speaker: '' };

export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.status !== 'all' && annotation.status !== filter.status) return false;
  if (filter.speaker === NO_SPEAKER) return annotation.speaker === null;
  if (filter.speaker !== '' && annotation.speaker !== filter.speaker) return false;
  return true;
}

/**
 * Anchored annotations in the order their marks stand in the text, then the orphaned ones (no
 * mark) in the store's order. `anchored` is null until the editor has reported its marks;
 * meanwhile the store's own orphaned flag decides.
 */
export function splitByAnchoring(
  annotations: readonly Annotation[],
  anchored: ReadonlySet<string> | null,
): { anchored: Annotation[]; orphaned: Annotation[] } {
  if (anchored === null) {
    return {
      anchored: annotations.filter((annotation) => !annotation.orphaned),
      orphaned: annotations.filter((annotation) => annotation.orphaned),
    };
  }
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const inText: Annotation[] = [];
  for (const id of anchored) {
    const annotation = byId.get(id);
    if (annotation) inText.push(annotation);
  }
  return {
    anchored: inText,
    orphaned: annotations.filter((annotation) => !anchored.has(annotation.id)),
  };
}
