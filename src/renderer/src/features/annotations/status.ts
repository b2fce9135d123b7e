import type { AnnotationStatus, AnnotationType } from '@shared/model';

export const ANNOTATION_TYPES: readonly AnnotationType[] = ['quote', 'claim', 'note'];

/** From the least to the most severe: a mark covered by several annotations shows the worst. */
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = [
  'verified',
  'unverified',
  'needs-source',
  'disputed',
  'false',
];

export function severity(status: AnnotationStatus): number {
  return ANNOTATION_STATUSES.indexOf(status);
}

export function mostSevere(statuses: Iterable<AnnotationStatus>): AnnotationStatus | null {
  let worst: AnnotationStatus | null = null;
  for (const status of statuses) {
    if (worst === null || severity(status) > severity(worst)) worst = status;
  }
  return worst;
}
