/** Focus and attention on the board, by the data attributes the rows carry. */
import { scrollIntoCentre } from '@renderer/lib/scrollIntoCentre';

function itemElement(itemId: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-testid="board-item"][data-item-id="${itemId}"]`,
  );
}

/**
 * After a move the row may be a new element (another section's list): put focus back on the
 * same control of the same item once it is painted, or on its drag handle if that control is
 * now disabled (the top of the board).
 */
export function focusItemControl(itemId: number, testId: string): void {
  requestAnimationFrame(() => {
    const row = itemElement(itemId);
    if (!row) return;
    const control = row.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
    const target =
      control && !control.disabled
        ? control
        : row.querySelector<HTMLElement>('[data-testid="item-drag-handle"]');
    target?.focus({ preventScroll: false });
  });
}

export function focusSectionControl(sectionId: number, testId: string, select = false): void {
  requestAnimationFrame(() => {
    const section = document.querySelector<HTMLElement>(
      `[data-testid="section"][data-section-id="${sectionId}"]`,
    );
    const control = section?.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!control || (control instanceof HTMLButtonElement && control.disabled)) return;
    control.focus();
    if (select && control instanceof HTMLInputElement) control.select();
  });
}

/** A control of the board outside any row or section (adding a section), once painted. */
export function focusBoardControl(testId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
  });
}

/**
 * "Go to story": scrolls the board to the item, flashes it and moves focus to it. Answers false
 * if the item is not on the board. The flash is a data attribute React does not manage, so a
 * re-render does not cut it short.
 */
export function revealItem(itemId: number): boolean {
  const row = itemElement(itemId);
  if (!row) return false;
  revealElement(row);
  row
    .querySelector<HTMLElement>('[data-testid="item-drag-handle"]')
    ?.focus({ preventScroll: true });
  return true;
}

export function revealSection(sectionId: number): boolean {
  const section = document.querySelector<HTMLElement>(
    `[data-testid="section"][data-section-id="${sectionId}"]`,
  );
  if (!section) return false;
  revealElement(section);
  section
    .querySelector<HTMLElement>('[data-testid="section-name"]')
    ?.focus({ preventScroll: true });
  return true;
}

function revealElement(element: HTMLElement): void {
  scrollIntoCentre(element);
  element.removeAttribute('data-flash');
  // Restart the animation even when the same item is asked for twice in a row.
  void element.offsetWidth;
  element.setAttribute('data-flash', 'true');
  setTimeout(() => element.removeAttribute('data-flash'), 2400);
}

/**
 * The board's first control (back to the panes) once the board is shown, edition or empty
 * state: while it loads, a bar of its own stands there, replaced when the edition comes, and
 * focus put on that one would be dropped again.
 */
export function boardFirstControl(): HTMLElement | null {
  const board = document.querySelector('[data-testid="edition-board"]');
  if (!board?.querySelector('.edition__columns, .empty-state')) return null;
  return board.querySelector<HTMLElement>('[data-testid="edition-close"]');
}
