import type { LexicalEditor } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { registerPasteCleanup } from './pasteCleanup';
import { registerPlainTextParagraphs } from './plainTextParagraphs';

/**
 * Everything pasted text goes through, for every editor that takes pastes: Word and web pages
 * keep their structure but lose their styling (pasteCleanup); plain text's blank lines between
 * paragraphs make no empty paragraphs (plainTextParagraphs).
 */
export function registerPasteHandling(editor: LexicalEditor): () => void {
  return mergeRegister(registerPasteCleanup(editor), registerPlainTextParagraphs(editor));
}
