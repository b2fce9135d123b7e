import { useEffect } from 'react';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  KEY_DOWN_COMMAND,
  createCommand,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { matchesShortcut, SHORTCUTS, SHORTCUT_PRIORITY } from '../../utils/shortcuts';
import { $topBlock } from '../../utils/blockType';

/**
 * Back to plain text: the selection loses bold, italic, underline and any pasted style, and its
 * headings and block quotes become paragraphs. Links, lists and annotation marks stay: they are
 * content, not formatting.
 */
export const CLEAR_FORMATTING_COMMAND = createCommand<void>('CLEAR_FORMATTING_COMMAND');

export function ClearFormattingPlugin(): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CLEAR_FORMATTING_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            // The format the next typed character takes.
            selection.setFormat(0);
            selection.setStyle('');
            if (selection.isCollapsed()) return true;
            const blocks = new Set(selection.getNodes().map((node) => $topBlock(node)));
            for (const node of selection.extract()) {
              if ($isTextNode(node)) {
                node.setFormat(0);
                node.setStyle('');
              }
            }
            for (const block of blocks) {
              if ($isHeadingNode(block) || $isQuoteNode(block)) {
                block.replace($createParagraphNode(), true);
              }
            }
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!matchesShortcut(event, SHORTCUTS.clearFormatting)) return false;
            event.preventDefault();
            editor.dispatchCommand(CLEAR_FORMATTING_COMMAND, undefined);
            return true;
          },
          SHORTCUT_PRIORITY,
        ),
      ),
    [editor],
  );

  return null;
}
