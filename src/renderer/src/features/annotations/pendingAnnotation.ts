/**
 * A pre-send finding about a quote or claim opens its story on the annotations: the edition
 * board leaves word here, and the story's annotations panel, once the story is open and the
 * annotation marked in it, selects it in the text and in the list. The panel may be mounted
 * already (the story was open under the board), so it listens; and a request not taken soon
 * lapses, lest an unrelated change much later select text under the editor's fingers.
 */
export interface AnnotationRequest {
  storyId: number;
  /** Null: the quotes suggested in the story (a finding that none of them has been marked). */
  annotationId: string | null;
  at: number;
}

/** Long enough for a story to open and its marks to be read; short of anything later. */
const LAPSES_MS = 5_000;

let pending: AnnotationRequest | null = null;
const listeners = new Set<() => void>();

export function requestAnnotation(storyId: number, annotationId: string | null): void {
  pending = { storyId, annotationId, at: Date.now() };
  for (const listener of listeners) listener();
}

/** The request for this story, while it has not lapsed. */
export function pendingAnnotation(storyId: number): AnnotationRequest | null {
  if (pending === null || pending.storyId !== storyId) return null;
  if (Date.now() - pending.at > LAPSES_MS) {
    pending = null;
    return null;
  }
  return pending;
}

export function settleAnnotation(): void {
  pending = null;
}

/** For useSyncExternalStore: told of each new request. */
export function subscribeToRequests(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest request, whatever its story: a new one is a new object. */
export function latestRequest(): AnnotationRequest | null {
  return pending;
}
