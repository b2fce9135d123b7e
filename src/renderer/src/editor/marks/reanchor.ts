import { findAnchor, type AnchorMatch } from '@shared/anchoring';
import type { Annotation } from '@shared/model';

/**
 * A quote that comes back while the story is open is re-anchored when it is the same or a
 * near-identical text: an exact match scores 0.9 and up, a fuzzy one 0.9 × its similarity, so
 * this takes a quote with at most one character in ten changed ("оспорва" retyped "оспори").
 */
const REANCHOR_MIN_SCORE = 0.81;
/**
 * As a story opens, what stood there before it was closed is not known: the quote's words may
 * be the deleted sentence's twin elsewhere. It is anchored only where at least half of the
 * saved surroundings (prefix and suffix) agree too, as they do after a wire update or a restore.
 */
const OPENING_MIN_SCORE = 0.95;

/**
 * Per orphaned annotation, what its quote did since it lost its mark. "waiting": the quote was
 * gone, so its coming back is the text reappearing (typed again, pasted back, restored) and is
 * re-anchored. "blocked": the mark went while the text stayed (undo of the marking, the mark
 * removed on purpose, the same words standing elsewhere): anchoring it again would undo that.
 */
export type OrphanState = 'waiting' | 'blocked';

export interface ReanchorPlan {
  wrap: { id: string; start: number; end: number }[];
  states: Map<string, OrphanState>;
}

/**
 * Decides which orphaned annotations to anchor again in `text`. On the first look after the
 * story opens (`first`) an orphan whose quote stands in the text among its saved surroundings
 * is anchored: the story may have been restored or updated from the wire meanwhile. Pure, for
 * testing.
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
    const state = previous.get(annotation.id);
    if (match === null || match.score < REANCHOR_MIN_SCORE || !sameFacts(text, match, annotation)) {
      states.set(annotation.id, 'waiting');
    } else if (
      state === 'waiting' ||
      (state === undefined && first && inPlace(match, annotation))
    ) {
      wrap.push({ id: annotation.id, start: match.start, end: match.end });
    } else {
      states.set(annotation.id, 'blocked');
    }
  }
  return { wrap, states };
}

/**
 * A near-identical match says what the quote said: the same numbers (a claim of 3,1% is not one
 * of 3,7%, however alike the words), and all of it — the quote's opening typed back so far, the
 * typing paused, is not yet the quote.
 */
function sameFacts(text: string, match: AnchorMatch, annotation: Annotation): boolean {
  if (match.exact) return true;
  const found = text.slice(match.start, match.end);
  const numbers = (value: string): string => (value.match(/\d+/g) ?? []).join(' ');
  if (numbers(found) !== numbers(annotation.quote)) return false;
  return !(found.length < annotation.quote.length && annotation.quote.startsWith(found.trimEnd()));
}

/** The match stands where the quote stood: its surroundings agree, or none were saved. */
function inPlace(match: AnchorMatch, annotation: Annotation): boolean {
  const noSurroundings = annotation.prefix === '' && annotation.suffix === '';
  return match.exact && (noSurroundings || match.score >= OPENING_MIN_SCORE);
}
