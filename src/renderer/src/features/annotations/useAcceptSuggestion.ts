import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { contextAround } from '@shared/anchoring';
import type { DetectedQuote } from '@shared/model';
import {
  ANCHOR_ANNOTATION_COMMAND,
  UNMARK_ANNOTATION_COMMAND,
} from '@renderer/editor/plugins/AnnotationMarksPlugin';
import { $textLayout } from '@shared/text-layout';
import { useAnnotations } from './AnnotationsContext';

/**
 * Where the suggested quote stands in the editor's text now. The offsets are from the last save;
 * if the text moved since, the occurrence nearest to them is taken.
 */
export function locateQuote(
  text: string,
  quote: DetectedQuote,
): { start: number; end: number } | null {
  if (text.slice(quote.start, quote.end) === quote.text)
    return { start: quote.start, end: quote.end };
  let best: number | null = null;
  for (let at = text.indexOf(quote.text); at !== -1; at = text.indexOf(quote.text, at + 1)) {
    if (best === null || Math.abs(at - quote.start) < Math.abs(best - quote.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + quote.text.length };
}

/** Accepting a suggestion: mark its text and record a quote annotation with its speaker. */
export function useAcceptSuggestion(): (quote: DetectedQuote) => Promise<boolean> {
  const [editor] = useLexicalComposerContext();
  const { create } = useAnnotations();

  return useCallback(
    async (quote: DetectedQuote): Promise<boolean> => {
      const text = editor.getEditorState().read(() => $textLayout().text);
      const range = locateQuote(text, quote);
      if (range === null) return false;
      const id = crypto.randomUUID();
      if (!editor.dispatchCommand(ANCHOR_ANNOTATION_COMMAND, { id, range })) return false;
      const anchor = contextAround(text, range.start, range.end);
      const created = await create(id, 'quote', anchor, quote.speaker);
      if (created === null) editor.dispatchCommand(UNMARK_ANNOTATION_COMMAND, id);
      return created !== null;
    },
    [editor, create],
  );
}
