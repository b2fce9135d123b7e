import { useCallback, useEffect, useRef } from 'react';

const OPEN_BUTTON = '.story-card__open';

/** Focuses the card of row `index` if it is rendered; says whether it was. */
function focusRow(list: HTMLElement | null, index: number): boolean {
  const button = list?.querySelector<HTMLElement>(`[data-index="${index}"] ${OPEN_BUTTON}`);
  button?.focus({ preventScroll: true });
  return Boolean(button);
}

/**
 * Arrow keys, Home and End between the cards of a virtualised list. The focused row is
 * reported through `setFocused`, so that the list keeps it rendered while it is scrolled out
 * of view; moving focus to a row that is not in the DOM yet means scrolling to it first, then
 * focusing it once it is rendered.
 */
export function useRowKeys(
  list: React.RefObject<HTMLElement | null>,
  count: number,
  scrollTo: (index: number) => void,
  setFocused: (index: number | null) => void,
): {
  onFocus: (event: React.FocusEvent) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
} {
  // A row to focus once it is rendered (it was out of the DOM when the key was pressed).
  const pending = useRef<number | null>(null);
  // Runs after every render: the moment the pending row appears, it gets the focus.
  useEffect(() => {
    if (pending.current !== null && focusRow(list.current, pending.current)) pending.current = null;
  });

  const onFocus = useCallback(
    (event: React.FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      setFocused(row ? Number(row.dataset.index) : null);
    },
    [setFocused],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      // Only from a card's own button: the similar-stories toggle and nested cards keep theirs.
      if (!target.matches(OPEN_BUTTON) || target.closest('.similar-group')) return;
      const row = target.closest<HTMLElement>('[data-index]');
      if (!row || count === 0) return;
      const at = Number(row.dataset.index);
      let next: number;
      if (event.key === 'ArrowDown') next = Math.min(count - 1, at + 1);
      else if (event.key === 'ArrowUp') next = Math.max(0, at - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = count - 1;
      else return;
      event.preventDefault();
      scrollTo(next);
      setFocused(next);
      pending.current = focusRow(list.current, next) ? null : next;
    },
    [list, count, scrollTo, setFocused],
  );

  return { onFocus, onKeyDown };
}
