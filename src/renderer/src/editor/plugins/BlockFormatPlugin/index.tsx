import { useEffect } from 'react';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  KEY_DOWN_COMMAND,
  createCommand,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import { matchesShortcut, SHORTCUTS, SHORTCUT_PRIORITY } from '../../utils/shortcuts';
import { $selectedBlockType, type BlockType } from '../../utils/blockType';

/**
 * Makes the selected blocks the type; asking for the type they already have makes them plain
 * paragraphs again (the toolbar's buttons toggle).
 */
export const SET_BLOCK_TYPE_COMMAND = createCommand<BlockType>('SET_BLOCK_TYPE_COMMAND');

const KEYS: [keyof typeof SHORTCUTS, BlockType][] = [
  ['heading2', 'h2'],
  ['heading3', 'h3'],
  ['paragraph', 'paragraph'],
  ['quote', 'quote'],
  ['bulletList', 'bullet'],
  ['numberList', 'number'],
];

export function BlockFormatPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_BLOCK_TYPE_COMMAND,
          (type) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const current = $selectedBlockType();
            if (type === 'bullet' || type === 'number') {
              if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
              else if (type === 'bullet')
                editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
              else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
              return true;
            }
            const target = current === type ? 'paragraph' : type;
            $setBlocksType(selection, () => {
              if (target === 'h2' || target === 'h3') return $createHeadingNode(target);
              if (target === 'quote') return $createQuoteNode();
              return $createParagraphNode();
            });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const found = KEYS.find(([name]) => matchesShortcut(event, SHORTCUTS[name]));
            if (!found) return false;
            event.preventDefault();
            editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, found[1]);
            return true;
          },
          SHORTCUT_PRIORITY,
        ),
      ),
    [editor],
  );

  return null;
}
