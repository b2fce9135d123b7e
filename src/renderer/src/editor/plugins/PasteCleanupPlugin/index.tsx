import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { registerPasteCleanup } from '../../paste/pasteCleanup';
import { registerPlainTextParagraphs } from '../../paste/plainTextParagraphs';

/**
 * Word and web pages pasted in keep their structure but lose their styling (see pasteCleanup);
 * plain text's blank lines between paragraphs make no empty paragraphs (plainTextParagraphs).
 */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => mergeRegister(registerPasteCleanup(editor), registerPlainTextParagraphs(editor)),
    [editor],
  );
  return null;
}
