import { useEffect } from 'react';
import { claimsPaste, pastedContent } from './paste';
import type { Importer } from './useImport';

/**
 * Ctrl+V (⌘V) anywhere outside a field or the editor imports what was pasted: files as files,
 * HTML and text as a story.
 */
export function usePasteImport(importer: Pick<Importer, 'importFiles' | 'importText'>): void {
  const { importFiles, importText } = importer;
  useEffect(() => {
    const onPaste = (event: ClipboardEvent): void => {
      if (event.defaultPrevented || !event.clipboardData) return;
      if (claimsPaste(event.target) || claimsPaste(document.activeElement)) return;
      const files = Array.from(event.clipboardData.files);
      if (files.length > 0) {
        event.preventDefault();
        importFiles(files);
        return;
      }
      const data = event.clipboardData;
      const content = pastedContent((type) => data.getData(type));
      if (!content) return;
      event.preventDefault();
      importText(content);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [importFiles, importText]);
}
