/** How long to look after the focus: a view opened a moment ago may be painted more than once. */
const WATCH_MS = 3000;

/**
 * Puts the focus on `target` if it fell to the page: a button disabled while its work runs,
 * taken away when it is done, or a view replaced by another drops the focus to the top of the
 * page, and a keyboard user would Tab all the way back. `leaving` (the control of a view being
 * replaced) counts as the page. Watched for a few seconds, a frame at a time: the target may not
 * be painted yet, or be painted again (loading, then loaded) and drop the focus once more. Left
 * alone as soon as the focus goes anywhere else, or the user clicks or types: a click on plain
 * text also leaves the focus on the page, and must not be pulled back (and scrolled to).
 */
export function refocusIfDropped(
  target: () => HTMLElement | null | undefined,
  leaving: Element | null = null,
): void {
  const until = performance.now() + WATCH_MS;
  let userActed = false;
  const onInput = (): void => {
    userActed = true;
  };
  const stop = (): void => {
    window.removeEventListener('pointerdown', onInput, true);
    window.removeEventListener('keydown', onInput, true);
  };
  window.addEventListener('pointerdown', onInput, true);
  window.addEventListener('keydown', onInput, true);
  const look = (): void => {
    if (userActed) return stop();
    const active = document.activeElement;
    const dropped = !active || active === document.body || active === leaving;
    const element = target();
    if (!dropped && active !== element) return stop(); // the focus went elsewhere, on purpose
    if (dropped && element && element !== leaving) element.focus();
    if (performance.now() < until) requestAnimationFrame(look);
    else stop();
  };
  requestAnimationFrame(look);
}

/** The element of a data-testid, for refocusIfDropped. */
export const byTestId = (testId: string) => (): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

/**
 * Where the keyboard goes on from once a list's row goes: the same control (`selector`) of the
 * row after it, else of the row before, else `fallback`. Made before the row goes, while its
 * neighbours are known; a target for refocusIfDropped.
 */
export function besideRow(
  row: Element | null | undefined,
  selector: string,
  fallback: () => HTMLElement | null | undefined,
): () => HTMLElement | null | undefined {
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling ?? null;
  return () =>
    neighbour?.isConnected ? neighbour.querySelector<HTMLElement>(selector) : fallback();
}
