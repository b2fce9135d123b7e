import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerPasteHandling } from '../../paste/pasteHandling';

/** The paste handling (see registerPasteHandling) for editors other than the story's. */
export function PasteCleanupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPasteHandling(editor), [editor]);
  return null;
}
