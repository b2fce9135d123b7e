import type { LexicalEditor } from 'lexical';
import { registerNestedElementResolver } from '@lexical/utils';
import { $createMarkNode, MarkNode } from '@lexical/mark';

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
