/** How many times a jump is set right after it ends: each pass lays out more of the text. */
const CORRECTIONS = 3;
/** If no scroll happens at all (already there), no `scrollend` comes; check after this anyway. */
const FALLBACK_MS = 1500;
/** The user's own scrolling or typing wins: a correction never snaps back over it. */
const USER_MOVES = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

/** The jump under way, if any: a new one replaces it (its scrollend is not the old one's). */
let current: (() => void) | null = null;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The nearest ancestor of `element` that scrolls; null where the page itself scrolls. */
export function scrollingAncestor(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/** The part of the window a pane shows (the whole window for the page itself). */
export function visibleBox(pane: HTMLElement | null): { top: number; bottom: number } {
  if (!pane) return { top: 0, bottom: window.innerHeight };
  const box = pane.getBoundingClientRect();
  return { top: Math.max(box.top, 0), bottom: Math.min(box.bottom, window.innerHeight) };
}

/**
 * What to bring into view: an element, or how to find it again at each correction. Where the
 * editor may render the element anew during the scroll (a later update of its paragraph), the
 * one found at the start is no longer in the page; the finder finds its successor.
 */
export type RevealTarget = Element | (() => Element | null);

/** Whether the element sits in the middle half of what its pane shows. */
function nearCentre(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const pane = visibleBox(scrollingAncestor(element));
  const quarter = (pane.bottom - pane.top) / 4;
  const middle = (box.top + box.bottom) / 2;
  return middle >= pane.top + quarter && middle <= pane.bottom - quarter;
}

/** Whether the given edge of the element is within what its pane shows. */
function edgeInSight(element: Element, edge: 'start' | 'end'): boolean {
  const box = element.getBoundingClientRect();
  const pane = visibleBox(scrollingAncestor(element));
  const y = edge === 'start' ? box.top : box.bottom;
  return y >= pane.top - 1 && y <= pane.bottom + 1;
}

/**
 * Brings `element` to the middle of its pane, smoothly unless the user asked for reduced motion,
 * and makes sure it is still there when the scroll ends. A long story's blocks are laid out only
 * near the viewport (content-visibility: auto in story-editor.css), so a scroll far down aims at
 * a position worked out from estimated heights, and the blocks it passes take their real heights
 * on the way: the element can end up thousands of pixels off. When the scroll ends, the element
 * is centred again without animation, and again after the next frame if the text laid out by
 * that jump moved it once more.
 */
export function scrollIntoCentre(target: RevealTarget): void {
  reveal(target, 'center', !prefersReducedMotion());
}

/**
 * Brings the top (or bottom) of `element` to the top (or bottom) of its pane at once, and keeps
 * it in sight as the text around it is laid out (see scrollIntoCentre): where the caret went by
 * a key that jumps far, to the start or the end of a long story.
 */
export function scrollIntoSight(element: Element, edge: 'start' | 'end'): void {
  reveal(element, edge, false);
}

function reveal(target: RevealTarget, position: 'center' | 'start' | 'end', smooth: boolean): void {
  current?.();
  const find = (): Element | null => {
    const element = typeof target === 'function' ? target() : target;
    return element?.isConnected ? element : null;
  };
  const first = find();
  if (!first) return;
  const placed = (element: Element): boolean =>
    position === 'center' ? nearCentre(element) : edgeInSight(element, position);
  // The end of this pane's scroll, not of another's: the list clicked to jump may scroll too.
  const pane: EventTarget = scrollingAncestor(first) ?? document;
  let corrections = 0;
  let fallback = 0;
  let frame = 0;
  const stop = (): void => {
    if (current === stop) current = null;
    window.clearTimeout(fallback);
    // A correction already asked for would otherwise still snap back over the user's move.
    cancelAnimationFrame(frame);
    pane.removeEventListener('scrollend', onScrollEnd);
    for (const type of USER_MOVES) document.removeEventListener(type, stop, true);
  };
  const correct = (): void => {
    const element = find();
    if (!element || placed(element) || corrections >= CORRECTIONS) {
      stop();
      return;
    }
    corrections += 1;
    element.scrollIntoView({ block: position, behavior: 'instant' });
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(correct);
    });
  };
  function onScrollEnd(): void {
    window.clearTimeout(fallback);
    pane.removeEventListener('scrollend', onScrollEnd);
    correct();
  }
  pane.addEventListener('scrollend', onScrollEnd);
  for (const type of USER_MOVES) document.addEventListener(type, stop, true);
  current = stop;
  fallback = window.setTimeout(onScrollEnd, FALLBACK_MS);
  first.scrollIntoView({ block: position, behavior: smooth ? 'smooth' : 'instant' });
}
