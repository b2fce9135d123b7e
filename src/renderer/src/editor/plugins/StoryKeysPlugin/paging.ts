import { scrollingAncestor, visibleBox } from '@renderer/lib/scrollIntoCentre';

/** A line's worth of overlap kept between one screen and the next. */
const OVERLAP_PX = 40;

/** Where the selection's moving end is on screen. */
function focusPoint(selection: Selection): { x: number; y: number } | null {
  if (!selection.focusNode) return null;
  const range = selection.focusNode.ownerDocument!.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  let box: DOMRect | undefined = range.getClientRects()[0];
  if (!box || (box.height === 0 && box.top === 0)) {
    // In an empty block (a <br>, no text) a collapsed range has no box: the block's own.
    const node = selection.focusNode;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    box = element?.getBoundingClientRect();
  }
  if (!box) return null;
  return { x: box.left, y: box.top + Math.min(box.height, 24) / 2 };
}

/** The text position at a point of the screen, if any. */
function positionAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

interface PendingPage {
  x: number;
  y: number;
  frame: number;
}

/** A page move whose caret is not placed yet, per editor root: a held key repeats faster. */
const pending = new WeakMap<HTMLElement, PendingPage>();

/**
 * Page Down / Page Up in the editor: the pane scrolls by a screen and the caret (or, with
 * `extend`, the selection's moving end) goes to the same place on the screen, in the text now
 * there — what the browser does, except that the browser measures the text it jumps over, and a
 * long story's blocks off screen are not laid out (content-visibility), so its caret ended a
 * screen away from the view. Placed two frames later, once the blocks now in view are laid out;
 * presses that come before then scroll on and place the caret once. `atEdge` is called instead
 * when there is no further to go: the caret goes to the story's start or end, as the browser's
 * would.
 */
export function pageCaret(
  root: HTMLElement,
  direction: 1 | -1,
  extend: boolean,
  atEdge: () => void,
): void {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const before = pending.get(root);
  const caret = before ?? focusPoint(selection);
  if (!caret) return;
  if (before) cancelAnimationFrame(before.frame);
  const scroller = scrollingAncestor(root);
  const pane = scroller ?? (doc.scrollingElement as HTMLElement | null) ?? doc.body;
  const paneBox = visibleBox(scroller);
  const padding = parseFloat(getComputedStyle(pane).scrollPaddingTop) || 0;
  const step = Math.max(paneBox.bottom - paneBox.top - padding - OVERLAP_PX, OVERLAP_PX);
  const scrollTop = pane.scrollTop;
  pane.scrollBy({ top: direction * step, behavior: 'instant' });
  const scrolled = Math.abs(pane.scrollTop - scrollTop);
  // Where the pane could not scroll the whole way, the caret makes up the rest on screen.
  const y = caret.y + direction * (step - scrolled);
  const place = (): void => {
    pending.delete(root);
    const rootBox = root.getBoundingClientRect();
    if (y < Math.max(paneBox.top, rootBox.top) || y > Math.min(paneBox.bottom, rootBox.bottom)) {
      atEdge();
      return;
    }
    const target = positionAt(doc, caret.x, y);
    if (!target || !root.contains(target.node)) {
      atEdge();
      return;
    }
    if (extend) selection.extend(target.node, target.offset);
    else selection.collapse(target.node, target.offset);
  };
  const frame = requestAnimationFrame(() => {
    const next: PendingPage = { x: caret.x, y, frame: requestAnimationFrame(place) };
    pending.set(root, next);
  });
  pending.set(root, { x: caret.x, y, frame });
}
