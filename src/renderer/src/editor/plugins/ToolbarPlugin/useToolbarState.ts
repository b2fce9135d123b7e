import { useEffect, useState } from 'react';
import { COMMAND_PRIORITY_CRITICAL, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $readToolbarState,
  EMPTY_TOOLBAR_STATE,
  sameToolbarState,
  type ToolbarState,
} from './toolbarState';

/** What the selection is in, kept up to date for a toolbar's pressed buttons. */
export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY_TOOLBAR_STATE);
  useEffect(() => {
    const refresh = (next: ToolbarState): void =>
      setState((previous) => (sameToolbarState(previous, next) ? previous : next));
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => refresh($readToolbarState()));
      }),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh($readToolbarState());
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return state;
}
