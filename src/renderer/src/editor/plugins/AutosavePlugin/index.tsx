import { useEffect } from 'react';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalStateJson } from '@shared/model';
import { SAVE_MERGED_TAG } from '../AnnotationMarksPlugin';

/**
 * Reports content changes, not selection moves: an update that dirtied no node is only the caret
 * moving. Loading the initial state (a history merge from an empty editor) is no change either,
 * but marks put back on opening (merged into that state, tagged SAVE_MERGED_TAG) are.
 * Serialising is left to the receiver (`read`), which does it once, when a save starts.
 */
export function AutosavePlugin({
  onChange,
}: {
  onChange: (read: () => LexicalStateJson) => void;
}): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerUpdateListener(
        ({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
          if (prevEditorState.isEmpty()) return;
          if (tags.has(HISTORY_MERGE_TAG) && !tags.has(SAVE_MERGED_TAG)) return;
          onChange(() => editorState.toJSON() as unknown as LexicalStateJson);
        },
      ),
    [editor, onChange],
  );

  return null;
}
