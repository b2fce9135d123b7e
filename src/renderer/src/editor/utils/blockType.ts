import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode, ListNode } from '@lexical/list';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/** The top-level block the node is in. */
export function $topBlock(node: LexicalNode): LexicalNode {
  if (node.getKey() === 'root') return node;
  return (
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node.getTopLevelElementOrThrow()
  );
}

/** The type of the block the selection starts in, as the toolbar names it. */
export function $selectedBlockType(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const block = $topBlock(anchor);
  if ($isListNode(block)) {
    // In a nested list the innermost list decides.
    const list = $getNearestNodeOfType(anchor, ListNode) ?? block;
    return list.getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h3' || tag === 'h4' || tag === 'h5' || tag === 'h6' ? 'h3' : 'h2';
  }
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}
