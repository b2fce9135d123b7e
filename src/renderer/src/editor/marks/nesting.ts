import type { LexicalEditor, LexicalNode } from 'lexical';
import { registerNestedElementResolver } from '@lexical/utils';
import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';

/**
 * Overlapping annotations: marking text that is already marked nests a mark in a mark; this
 * flattens them, so that each piece of text has one mark holding every id that covers it
 * (as lexical-playground's CommentPlugin does).
 */
export function registerMarkNesting(editor: LexicalEditor): () => void {
  return registerNestedElementResolver<MarkNode>(
    editor,
    MarkNode,
    (from) => $createMarkNode(from.getIDs()),
    (from, to) => {
      for (const id of from.getIDs()) to.addID(id);
    },
  );
}

/** Whether registerMarkNesting would flatten the node: a mark inside a mark. */
export function $needsMarkNesting(node: LexicalNode): boolean {
  if (!$isMarkNode(node)) return false;
  for (let parent = node.getParent(); parent; parent = parent.getParent())
    if ($isMarkNode(parent)) return true;
  return false;
}
