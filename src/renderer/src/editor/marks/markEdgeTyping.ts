import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_CHANGE_COMMAND,
  $addUpdateTag,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { mergeRegister } from '@lexical/utils';

/**
 * Typing or pasting over a selection that lies inside one annotation's mark stays inside it. Lexical puts
 * text that replaces a selection starting at an inline element's first character (or ending at
 * its last) outside the element, so retyping the first or last word of a claim ("the deficit"
 * → "the budget deficit") cut that word out of the claim. Typing on, key by key, stays in the
 * mark until the caret leaves it. A caret merely put at a mark's edge, a selection reaching
 * outside the mark and IME composition are left to Lexical.
 */
export function registerMarkEdgeTyping(editor: LexicalEditor): () => void {
  // The mark whose words are being retyped: the caret that replaced them stays inside it while
  // the typing goes on, though it stands at the mark's last character after every key.
  let retyping: NodeKey | null = null;
  const $type = (text: string | null): boolean => {
    const selection = $getSelection();
    if (!text || !$isRangeSelection(selection) || editor.isComposing()) return false;
    if (selection.isCollapsed()) return $continueRetyping(selection.anchor, text, retyping);
    const mark = $replaceInsideMark(selection, text);
    retyping = mark?.getKey() ?? null;
    return mark !== null;
  };
  return mergeRegister(
    // Typing in the window: Chromium replaces a selection in one text node itself unless
    // stopped here, and Lexical then moves the next key's text out of the mark.
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        if (event.inputType !== 'insertText' || event.dataTransfer || !$type(event.data))
          return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    // Text inserted by Lexical's own commands (and by tests of the headless editor).
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (eventOrText) =>
        $type(typeof eventOrText === 'string' ? eventOrText : typedText(eventOrText)),
      COMMAND_PRIORITY_HIGH,
    ),
    // Pasting over them as well: a word pasted over the first or last word of a quote went
    // outside its mark, and the annotation, the checks and the export's ClaimReview lost it.
    // One line of text only, as plain text (inside a quote a word takes the quote's look); a
    // paste of paragraphs, or of anything but text, is left to the paste handling.
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = 'clipboardData' in event ? event.clipboardData : null;
        const text = data?.getData('text/plain').replace(/\r?\n$/u, '') ?? '';
        const selection = $getSelection();
        if (text === '' || /[\r\n]/u.test(text) || !$isRangeSelection(selection)) return false;
        if (selection.isCollapsed() || editor.isComposing()) return false;
        const mark = $replaceInsideMark(selection, text);
        if (mark === null) return false;
        event.preventDefault();
        $addUpdateTag(PASTE_TAG);
        retyping = mark.getKey();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || $retypedMark(selection.anchor, retyping) === null)
          retyping = null;
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/** Replaces a selection lying inside one mark with the text, in the mark; the mark, or null. */
function $replaceInsideMark(selection: RangeSelection, text: string): MarkNode | null {
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const startNode = start.getNode();
  const endNode = end.getNode();
  if (!$isTextNode(startNode) || !$isTextNode(endNode)) return null;
  const mark = $markHolding(startNode, endNode);
  if (mark === null) return null;
  if (startNode.is(endNode)) {
    startNode.spliceText(start.offset, end.offset - start.offset, text, true);
    return mark;
  }
  // What is selected after the first node goes first; then the typing takes the first node's
  // selected part, so that node, inside the mark, keeps text and stays where the typing goes.
  const startOffset = start.offset;
  const size = startNode.getTextContentSize();
  const rest = startNode.select(size, size);
  rest.focus.set(endNode.getKey(), end.offset, 'text');
  rest.removeText();
  startNode.spliceText(startOffset, startNode.getTextContentSize() - startOffset, text, true);
  return mark;
}

/** Typing on after a replacement, at the mark's edge: into the mark. False to leave it to Lexical. */
function $continueRetyping(caret: PointType, text: string, retyping: NodeKey | null): boolean {
  const mark = $retypedMark(caret, retyping);
  if (mark === null) return false;
  const node = caret.getNode();
  if ($isTextNode(node) && mark.isParentOf(node)) {
    node.spliceText(caret.offset, 0, text, true);
    return true;
  }
  const last = mark.getLastDescendant();
  if (!$isTextNode(last)) return false;
  last.spliceText(last.getTextContentSize(), 0, text, true);
  return true;
}

/**
 * The mark being retyped, if the caret is still at it: inside, or just after it — Lexical
 * reads a caret at the end of a mark's text as the start of the text that follows the mark.
 */
function $retypedMark(caret: PointType, retyping: NodeKey | null): MarkNode | null {
  if (retyping === null) return null;
  const node = caret.getNode();
  const inside = $markHolding(node, node);
  if (inside?.getKey() === retyping) return inside;
  const before = caret.offset === 0 ? node.getPreviousSibling() : null;
  return $isMarkNode(before) && before.getKey() === retyping ? before : null;
}

/** An input event's typed text; none for a drop or paste (those carry a dataTransfer). */
function typedText(event: InputEvent): string | null {
  return event.dataTransfer ? null : event.data;
}

/** The innermost mark that holds both nodes, if any. */
function $markHolding(first: LexicalNode | null, last: LexicalNode | null): MarkNode | null {
  if (first === null || last === null) return null;
  for (let node = first.getParent(); node !== null; node = node.getParent())
    if ($isMarkNode(node) && node.isParentOf(last)) return node;
  return null;
}
