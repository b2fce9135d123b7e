import { findAnchor } from '@shared/anchoring';
import type { Annotation } from '@shared/model';

/** Re-anchoring takes only the quote itself (an exact match scores 0.9 and up). */
export const REANCHOR_MIN_SCORE = 0.9;

/**
 * Per orphaned annotation, what its quote did since it lost its mark. "waiting": the quote was
 * gone, so its coming back is the text reappearing (typed again, pasted back, restored) and is
 * re-anchored. "blocked": the mark went while the text stayed (undo of the marking, or the
 * mark removed on purpose): anchoring it again would undo the user's undo.
 */
export type OrphanState = 'waiting' | 'blocked';

export interface ReanchorPlan {
  wrap: { id: string; start: number; end: number }[];
  states: Map<string, OrphanState>;
}

/**
 * Decides which orphaned annotations to anchor again in `text`. On the first look after the
 * story opens (`first`) every orphan whose quote stands in the text is anchored: the story may
 * have been restored or edited elsewhere. Pure, for testing.
 */
export function planReanchoring(
  text: string,
  orphans: readonly Annotation[],
  previous: ReadonlyMap<string, OrphanState>,
  first: boolean,
): ReanchorPlan {
  const states = new Map<string, OrphanState>();
  const wrap: ReanchorPlan['wrap'] = [];
  for (const annotation of orphans) {
    const match = findAnchor(text, annotation);
    const present = match !== null && match.score >= REANCHOR_MIN_SCORE;
    const state = previous.get(annotation.id);
    if (!present) {
      states.set(annotation.id, 'waiting');
    } else if (state === 'waiting' || (state === undefined && first)) {
      wrap.push({ id: annotation.id, start: match.start, end: match.end });
    } else {
      states.set(annotation.id, 'blocked');
    }
  }
  return { wrap, states };
}
