import type { Annotation } from '@shared/model';

/**
 * The list after a save is mostly what it was: records that did not change keep their
 * identity (and the list itself, when nothing changed), so that memoised rows do not re-render
 * on every autosave while the fact-checker types.
 */
export function keepUnchanged(previous: Annotation[] | null, next: Annotation[]): Annotation[] {
  if (!previous) return next;
  const before = new Map(previous.map((annotation) => [annotation.id, annotation]));
  let changed = previous.length !== next.length;
  const merged = next.map((arrived, index) => {
    const old = before.get(arrived.id);
    // A list asked for before a newer verdict was taken here (pushed from another window, or
    // set in this one) does not bring the old verdict back: the record's own fields stay the
    // newer ones, its anchoring (orphaned) is the list's.
    const annotation =
      old && old.updatedAt > arrived.updatedAt
        ? {
            ...old,
            orphaned: arrived.orphaned,
            quote: arrived.quote,
            prefix: arrived.prefix,
            suffix: arrived.suffix,
          }
        : arrived;
    if (old && JSON.stringify(old) === JSON.stringify(annotation)) {
      if (previous[index] !== old) changed = true;
      return old;
    }
    changed = true;
    return annotation;
  });
  return changed ? merged : previous;
}
