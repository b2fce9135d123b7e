import { scrollingAncestor, visibleBox } from '@renderer/lib/scrollIntoCentre';
import { MODIFIER_KEYS, typedKeyOf, type TypedKey } from '../../utils/typedKey';

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

/** A key pressed before a page move placed the caret, to be done where the caret lands. */
export type HeldKey = TypedKey;

/**
 * Types the held keys where the caret is now: in the DOM's selection just placed
 * (`fromDom`), or in the editor's own (the move went to the story's start or end).
 */
export type TypeHeld = (keys: HeldKey[], fromDom: boolean) => void;

/**
 * When held keys are typed once the caret is placed: `now`, or `after-update` when the caller
 * is inside a Lexical update (a key command): updates made there join it, and a deletion would
 * read a DOM that does not show the keys before it yet.
 */
export type HeldTyping = 'now' | 'after-update';

interface PendingPage {
  x: number;
  y: number;
  frame: number;
  /** Keys typed meanwhile (a fast typist, a key held down), in order. */
  held: HeldKey[];
  /** Places the caret now, and types what was held. */
  place: (typing: HeldTyping) => void;
}

/** A page move whose caret is not placed yet, per editor root: a held key repeats faster. */
const pending = new WeakMap<HTMLElement, PendingPage>();

/**
 * The held keys as fewer steps: characters in a row are one text, and Backspace takes back the
 * last character of the text before it (a typo put right before the caret was placed).
 */
export function foldHeldKeys(keys: readonly HeldKey[]): HeldKey[] {
  const folded: HeldKey[] = [];
  for (const key of keys) {
    const last = folded.at(-1);
    if (last?.kind === 'text' && key.kind === 'text') last.text += key.text;
    else if (last?.kind === 'text' && key.kind === 'delete' && key.backward) {
      last.text = [...last.text].slice(0, -1).join('');
      if (last.text === '') folded.pop();
    } else folded.push(key.kind === 'text' ? { ...key } : key);
  }
  return folded;
}

/**
 * A key pressed while a page move waits for the text in view to be laid out. One that types
 * is held and typed where the caret lands (true: the browser must not type it where the caret
 * was, a screen away); any other key but a modifier places the caret at once, as well as the
 * text laid out so far allows, and goes on to do what it does (false).
 */
export function holdWhilePaging(root: HTMLElement, event: KeyboardEvent): boolean {
  const page = pending.get(root);
  if (!page || MODIFIER_KEYS.has(event.key)) return false;
  const key = typedKeyOf(event);
  if (key) {
    event.preventDefault();
    page.held.push(key);
    return true;
  }
  settlePaging(root, 'after-update');
  return false;
}

/**
 * Ends a page move not finished yet: the caret placed now, as well as the text laid out so far
 * allows, and the keys held typed there. For whatever moves the caret next (Ctrl+End, a
 * click), which must start from there, and for an editor going away. Whether one was pending.
 */
export function settlePaging(root: HTMLElement, typing: HeldTyping): boolean {
  const page = pending.get(root);
  if (!page) return false;
  cancelAnimationFrame(page.frame);
  page.place(typing);
  return true;
}

/**
 * Page Down / Page Up in the editor: the pane scrolls by a screen and the caret (or, with
 * `extend`, the selection's moving end) goes to the same place on the screen, in the text now
 * there — what the browser does, except that the browser measures the text it jumps over, and a
 * long story's blocks off screen are not laid out (content-visibility), so its caret ended a
 * screen away from the view. Placed two frames later, once the blocks now in view are laid out;
 * presses that come before then scroll on and place the caret once, and keys typed before then
 * are typed there (holdWhilePaging, then `typeHeld`). `atEdge` is called instead when there is
 * no further to go: the caret goes to the story's start or end, as the browser's would.
 */
export function pageCaret(
  root: HTMLElement,
  direction: 1 | -1,
  extend: boolean,
  atEdge: () => void,
  typeHeld: TypeHeld,
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
  const placeCaret = (): boolean => {
    const rootBox = root.getBoundingClientRect();
    if (y < Math.max(paneBox.top, rootBox.top) || y > Math.min(paneBox.bottom, rootBox.bottom)) {
      atEdge();
      return false;
    }
    const target = positionAt(doc, caret.x, y);
    if (!target || !root.contains(target.node)) {
      atEdge();
      return false;
    }
    if (extend) selection.extend(target.node, target.offset);
    else selection.collapse(target.node, target.offset);
    return true;
  };
  const move: PendingPage = {
    x: caret.x,
    y,
    frame: 0,
    held: before?.held ?? [],
    place: (typing) => {
      // Settled already, or followed by another page move: a frame that still comes (its
      // cancel missed it) must not take the caret back.
      if (pending.get(root) !== move) return;
      pending.delete(root);
      const fromDom = placeCaret();
      if (move.held.length === 0) return;
      if (typing === 'now') typeHeld(move.held, fromDom);
      else queueMicrotask(() => typeHeld(move.held, fromDom));
    },
  };
  move.frame = requestAnimationFrame(() => {
    move.frame = requestAnimationFrame(() => move.place('now'));
  });
  pending.set(root, move);
}
