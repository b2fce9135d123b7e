import {
  $createParagraphNode,
  $isElementNode,
  COMMAND_PRIORITY_HIGH,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import { $anchoredIds } from './marks';

/**
 * Pasted text keeps an annotation's mark only when the paste moves that text: the annotation is
 * the story's own and no mark of it stands in the text any more (cut, then pasted). A copy of
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
    ({ nodes }) => {
      const anchored = $anchoredIds();
      const cleaned = $withoutCopiedMarks(nodes, (id) => isOwnAnnotation(id) && !anchored.has(id));
      // Lexical inserts this same array when no handler claims the paste: cleaned in place,
      // the paste itself (selection, formats, blocks) stays Lexical's own.
      nodes.splice(0, nodes.length, ...cleaned);
      return false;
    },
    COMMAND_PRIORITY_HIGH,
  );
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
