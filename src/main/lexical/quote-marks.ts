/**
 * Annotation marks put into a stored body from main: the wire's own quotes (`<q quote-source>`)
 * become quote annotations at import, marked in the text as an editor's are.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { EDITOR_NODES } from '../../shared/editor-nodes';
import { $textLayout } from '../../shared/text-layout';
import { $rangeFromOffsets } from '../../shared/text-offsets';

export interface MarkSpan {
  id: string;
  /** Offsets into the body's plain text (bodyText). */
  start: number;
  end: number;
}

/** The body (serialised Lexical state) with each span wrapped in a mark holding its id. */
export function withMarks(bodyJson: string, spans: readonly MarkSpan[]): string {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(bodyJson));
  editor.update(
    () => {
      for (const span of spans) {
        // Laid out again each time: wrapping splits text nodes (their offsets stay the same).
        const range = $rangeFromOffsets($textLayout(), span.start, span.end);
        if (range) $wrapSelectionInMarkNode(range, false, span.id);
      }
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}
