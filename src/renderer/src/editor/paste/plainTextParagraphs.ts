import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { $insertDataTransferForRichText } from '@lexical/clipboard';

/**
 * Plain text's paragraphs as the editor's: copy from an e-mail, a wire printout or a text file
 * separates paragraphs by a blank line, which Lexical made an empty paragraph of its own (and a
 * trailing line end one more). Blank lines go; each remaining line is a paragraph, as before.
 */
export function withoutBlankLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/g, '\n')
    .replace(/\n[ \t\u00a0]*$/, '');
}

/**
 * Pastes of plain text only (no HTML, no Lexical copy) go in without their blank lines; every
 * other paste, and plain text without blank lines, is left to Lexical's rich-text paste.
 */
export function registerPlainTextParagraphs(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      if (!data) return false;
      if (data.types.includes('text/html') || data.types.includes('application/x-lexical-editor'))
        return false;
      const text = data.getData('text/plain');
      const cleaned = withoutBlankLines(text);
      const selection = $getSelection();
      if (cleaned === text || cleaned === '' || !$isRangeSelection(selection)) return false;
      event.preventDefault();
      $addUpdateTag(PASTE_TAG);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', cleaned);
      $insertDataTransferForRichText(transfer, selection, editor);
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}
