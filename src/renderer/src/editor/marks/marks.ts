import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type LexicalNode,
} from 'lexical';
import {
  $isMarkNode,
  $unwrapMarkNode,
  $wrapSelectionInMarkNode,
  type MarkNode,
} from '@lexical/mark';
import { contextAround, type AnchorContext } from '@shared/anchoring';
import { $textLayout, type TextLayout } from '@shared/text-layout';
import { $rangeFromOffsets, $selectionOffsets } from '@shared/text-offsets';

/**
 * Every mark in the story, in document order. A plain walk down the sibling links: @lexical/utils'
 * $dfs builds a caret per step, and the marks of a long story are read several times as it opens.
 */
export function $marksInOrder(): MarkNode[] {
  const marks: MarkNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isMarkNode(node)) marks.push(node);
    if ($isElementNode(node))
      for (let child = node.getFirstChild(); child; child = child.getNextSibling()) visit(child);
  };
  visit($getRoot());
  return marks;
}

/** Every mark holding the annotation's id, in document order (a mark is split by paragraphs). */
export function $marksWithId(id: string): MarkNode[] {
  return $marksInOrder().filter((mark) => mark.hasID(id));
}

/** Every annotation id some mark in the text holds, in the order the text holds them. */
export function $anchoredIds(): Set<string> {
  const ids = new Set<string>();
  for (const mark of $marksInOrder()) for (const id of mark.getIDs()) ids.add(id);
  return ids;
}

/**
 * Takes the id off every mark that holds it; a mark left with no id is unwrapped, its text
 * staying where it was.
 */
export function $removeMarkId(id: string): void {
  for (const mark of $marksWithId(id)) {
    if (mark.getIDs().length > 1) mark.deleteID(id);
    else $unwrapMarkNode(mark);
  }
}

/**
 * Wraps plain-text offsets [start, end) in a mark with the id, keeping the caret where the user
 * had it (wrapping moves no text, so the caret's offsets still hold). False when no text is there.
 */
export function $wrapOffsetsInMark(start: number, end: number, id: string): boolean {
  const layout = $textLayout();
  const range = $rangeFromOffsets(layout, start, end);
  if (range === null || start >= end) return false;
  const selection = $getSelection();
  const caret = $isRangeSelection(selection) ? $selectionOffsets(layout, selection) : null;
  const backward = $isRangeSelection(selection) && selection.isBackward();
  $wrapSelectionInMarkNode(range, false, id);
  if (caret !== null) {
    const restored = $rangeFromOffsets($textLayout(), caret.start, caret.end);
    if (restored !== null) {
      if (backward) {
        const start = { key: restored.anchor.key, offset: restored.anchor.offset };
        restored.anchor.set(restored.focus.key, restored.focus.offset, 'text');
        restored.focus.set(start.key, start.offset, 'text');
      }
      $setSelection(restored);
    }
  } else {
    $setSelection(selection);
  }
  return true;
}

/** Selects the annotation's text: from the start of its first mark to the end of its last. */
export function $selectMarked(id: string): MarkNode | null {
  const marks = $marksWithId(id);
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) return null;
  const firstText = first.getAllTextNodes()[0];
  const lastTexts = last.getAllTextNodes();
  const lastText = lastTexts[lastTexts.length - 1];
  if (!firstText || !lastText) return null;
  const selection = firstText.select(0, 0);
  selection.focus.set(lastText.getKey(), lastText.getTextContentSize(), 'text');
  return first;
}

/** The selected text and up to 32 characters either side, for a new annotation's anchor. */
export function $selectionAnchor(layout: TextLayout = $textLayout()): AnchorContext | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const { start, end } = $selectionOffsets(layout, selection);
  return contextAround(layout.text, start, end);
}
