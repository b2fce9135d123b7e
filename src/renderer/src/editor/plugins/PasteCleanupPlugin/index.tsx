import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerPasteCleanup } from '../../paste/pasteCleanup';

/** Word and web pages pasted in keep their structure but lose their styling (see pasteCleanup). */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPasteCleanup(editor), [editor]);
  return null;
}
