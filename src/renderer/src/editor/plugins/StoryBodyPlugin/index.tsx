import { useLayoutEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { HistoryState } from '@lexical/react/LexicalHistoryPlugin';
import { registerList } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import type { LexicalStateJson } from '@shared/model';
import { registerPasteHandling } from '../../paste/pasteHandling';
import { registerMarkNesting } from '../../marks/nesting';
import { cleanUpOpened, loadBody } from '../../opening/openStory';

/**
 * Opens the story's body in the editor (created empty). First the transforms that every node of
 * their type would otherwise go through again once the story is in (paste clean-up, lists as
 * Lexical's ListPlugin registers them, mark nesting), then the body without running them, then
 * them on the nodes that need them only (see opening/openStory.ts). In a layout effect: the
 * story is in the editor before the first paint and before any plugin's effect runs, so the
 * marks are read, counted and published from the story, never from an empty editor.
 *
 * What the clean-up changed is part of the state the story opens in (the history starts there:
 * undo does not bring a `javascript:` link back) and is saved (`onCleanedUp`: the autosave's own
 * listener is not registered yet).
 */
export function StoryBodyPlugin({
  body,
  history,
  onCleanedUp,
}: {
  body: LexicalStateJson;
  history: HistoryState;
  onCleanedUp: (read: () => LexicalStateJson) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  // Only what the story opened with: later bodies come in a new editor (the caller is keyed).
  useLayoutEffect(() => {
    const unregister = mergeRegister(
      // As PasteCleanupPlugin does elsewhere (the edition's intro).
      registerPasteHandling(editor),
      registerList(editor),
      registerMarkNesting(editor),
    );
    loadBody(editor, body);
    const cleaned = cleanUpOpened(editor);
    const opened = editor.getEditorState();
    // The history starts from the story as opened: the first change is undone back to it, not
    // further (Lexical's HistoryState is a mutable record, shared with HistoryPlugin).
    Object.assign(history, { current: { editor, editorState: opened } });
    if (cleaned) onCleanedUp(() => opened.toJSON() as unknown as LexicalStateJson);
    return unregister;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per editor, as it opens
  }, [editor]);
  return null;
}
