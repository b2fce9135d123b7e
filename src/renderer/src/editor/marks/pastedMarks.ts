import {
  $createParagraphNode,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import { $anchoredIds, $marksInOrder } from './marks';

/**
 * Pasted text keeps an annotation's mark only when the paste moves that text: the annotation is
 * the story's own and no mark of it stands in the text any more (cut, then pasted) or the paste
 * replaces all of its marked text (a copy pasted back over the text it was taken from). A copy of
 * marked text is pasted plain, and marks of other stories' annotations are dropped: one
 * annotation holding two places would take everything between them as its quote, and a mark
 * with an id the story does not know is a status nobody can see or change.
 */
export function registerPastedMarks(
  editor: LexicalEditor,
  isOwnAnnotation: (id: string) => boolean,
): () => void {
  return editor.registerCommand(
    SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
    ({ nodes, selection }) => {
      // Marks the paste replaces (all of their text selected) leave with it: not "elsewhere".
      const replaced = $idsReplacedBy(selection);
      const anchored = $anchoredIds();
      const keep = (id: string): boolean =>
        isOwnAnnotation(id) && (!anchored.has(id) || replaced.has(id));
      const cleaned = $withoutCopiedMarks(nodes, keep);
      // Lexical inserts this same array when no handler claims the paste: cleaned in place,
      // the paste itself (selection, formats, blocks) stays Lexical's own.
      nodes.splice(0, nodes.length, ...cleaned);
      return false;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** The annotation ids all of whose marked text the selection covers. */
function $idsReplacedBy(selection: BaseSelection): Set<string> {
  const replaced = new Set<string>();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return replaced;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const selected = new Set(selection.getNodes().map((node) => node.getKey()));
  const covered = (text: TextNode): boolean =>
    selected.has(text.getKey()) &&
    !(start.type === 'text' && text.getKey() === start.key && start.offset > 0) &&
    !(end.type === 'text' && text.getKey() === end.key && end.offset < text.getTextContentSize());
  const inside = new Map<string, boolean>();
  for (const mark of $marksInOrder()) {
    const whole = mark.getAllTextNodes().every(covered);
    for (const id of mark.getIDs()) inside.set(id, (inside.get(id) ?? true) && whole);
  }
  for (const [id, whole] of inside) if (whole) replaced.add(id);
  return replaced;
}

/** The pasted nodes with copied ids taken off their marks, marks left without ids unwrapped. */
function $withoutCopiedMarks(
  nodes: readonly LexicalNode[],
  keep: (id: string) => boolean,
): LexicalNode[] {
  // The pasted nodes have no parent yet; unwrapping a mark needs one to put its text into.
  const holder = $createParagraphNode();
  holder.append(...nodes);
  const marks: MarkNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isMarkNode(node)) marks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit(holder);
  for (const mark of marks) {
    for (const id of mark.getIDs()) if (!keep(id)) mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
  const cleaned = holder.getChildren();
  for (const node of cleaned) node.remove(true);
  return cleaned;
}
