import { $getSelection, $isRangeSelection } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $selectedBlockType, type BlockType } from '../../utils/blockType';

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  blockType: BlockType;
  link: boolean;
  /** Some text is selected: something to mark as an annotation. */
  textSelected: boolean;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  bold: false,
  italic: false,
  underline: false,
  blockType: 'paragraph',
  link: false,
  textSelected: false,
};

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}

/** What the selection is in, for the pressed state of the toolbar's buttons. */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const focus = selection.focus.getNode();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    blockType: $selectedBlockType(),
    link:
      $findMatchingParent(anchor, $isLinkNode) !== null ||
      $findMatchingParent(focus, $isLinkNode) !== null,
    textSelected: !selection.isCollapsed() && selection.getTextContent().trim() !== '',
  };
}
