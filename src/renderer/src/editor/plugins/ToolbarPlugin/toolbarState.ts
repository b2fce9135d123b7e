import { $getSelection, $isRangeSelection, $isRootOrShadowRoot } from 'lexical';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isListNode, ListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  heading: boolean;
  bulletList: boolean;
  numberList: boolean;
  link: boolean;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  bold: false,
  italic: false,
  heading: false,
  bulletList: false,
  numberList: false,
  link: false,
};

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}

/** What the selection is in, for the pressed state of the toolbar's buttons. */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const block =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (node) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) ?? anchor.getTopLevelElementOrThrow());
  let listType: string | null = null;
  if ($isListNode(block)) {
    // In a nested list the innermost list decides.
    listType = ($getNearestNodeOfType(anchor, ListNode) ?? block).getListType();
  }
  const focus = selection.focus.getNode();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    heading: $isHeadingNode(block) && block.getTag() === 'h2',
    bulletList: listType === 'bullet',
    numberList: listType === 'number',
    link:
      $findMatchingParent(anchor, $isLinkNode) !== null ||
      $findMatchingParent(focus, $isLinkNode) !== null,
  };
}
