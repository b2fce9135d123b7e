import { createContext, useContext } from 'react';
import type { RequestOf } from '@shared/api';
import type { Annotation, AnnotationType, DetectedQuote } from '@shared/model';
import type { AnchorContext } from '@shared/anchoring';

export type AnnotationPatch = Omit<RequestOf<'annotations.update'>, 'id'>;

/**
 * The open story's annotations as the store has them (the truth for everything but the ids on
 * the marks), what the editor knows about its marks, and the requests that change them.
 */
export interface AnnotationsApi {
  storyId: number;
  /** Null until the first list arrives. */
  annotations: Annotation[] | null;
  byId: ReadonlyMap<string, Annotation>;
  loadFailed: boolean;
  /** Ids some mark in the editor holds; null until the editor has reported its marks. */
  anchoredIds: ReadonlySet<string> | null;
  setAnchoredIds: (ids: ReadonlySet<string>) => void;
  /** The annotations under the caret, and whether text is selected (to anchor an orphan to). */
  caretIds: readonly string[];
  hasTextSelection: boolean;
  setCaret: (ids: readonly string[], hasTextSelection: boolean) => void;
  /** The annotation last chosen in the panel or the text. */
  activeId: string | null;
  setActiveId: (id: string | null) => void;
  /** Quote suggestions (detected, not yet annotated or dismissed); null until loaded. */
  suggestions: DetectedQuote[] | null;
  /** Records an annotation whose mark the editor has just made. */
  create: (
    id: string,
    type: AnnotationType,
    anchor: AnchorContext,
    speaker?: string | null,
  ) => Promise<Annotation | null>;
  update: (id: string, patch: AnnotationPatch) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  addNote: (id: string, text: string) => Promise<boolean>;
  /** True once dismissed (remembered for the story). */
  dismissSuggestion: (quote: DetectedQuote) => Promise<boolean>;
  /** Takes a dismissal back: the quote is suggested again. */
  undismissSuggestion: (quote: DetectedQuote) => Promise<void>;
}

export const AnnotationsContext = createContext<AnnotationsApi | null>(null);

/**
 * The requests an annotation's row makes, apart from the changing lists: these stay the same
 * for the open story, so the rows (memoised) do not re-render whenever a save brings the lists
 * back, or the caret moves.
 */
export type AnnotationActions = Pick<
  AnnotationsApi,
  'update' | 'remove' | 'addNote' | 'setActiveId'
>;

export const AnnotationActionsContext = createContext<AnnotationActions | null>(null);

export function useAnnotationActions(): AnnotationActions {
  const actions = useContext(AnnotationActionsContext);
  if (actions === null) throw new Error('useAnnotationActions outside AnnotationsProvider');
  return actions;
}

export function useAnnotations(): AnnotationsApi {
  const api = useContext(AnnotationsContext);
  if (api === null) throw new Error('useAnnotations outside AnnotationsProvider');
  return api;
}
