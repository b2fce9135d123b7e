/**
 * How long one editor's saves keep folding into the same revision: a revision per five minutes
 * of editing, not one per autosave. Main folds them (store/story-revisions.ts); the revisions
 * list says so where the numbers skip.
 */
export const REVISION_FOLD_MINUTES = 5;
