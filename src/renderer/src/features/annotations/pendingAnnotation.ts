/**
 * A pre-send finding about a quote or claim opens its story on the annotations: the edition
 * board leaves word here, and the story's annotations panel, once the story is open and the
 * annotation marked in it, selects it in the text and in the list.
 */
let pending: { storyId: number; annotationId: string } | null = null;

export function requestAnnotation(storyId: number, annotationId: string): void {
  pending = { storyId, annotationId };
}

/** The annotation asked for in this story, if any; asked until `settle`d. */
export function pendingAnnotation(storyId: number): string | null {
  return pending?.storyId === storyId ? pending.annotationId : null;
}

export function settleAnnotation(): void {
  pending = null;
}
