import { useEffect } from 'react';
import {
  $addUpdateTag,
  COMMAND_PRIORITY_EDITOR,
  HISTORY_PUSH_TAG,
  KEY_DOWN_COMMAND,
  createCommand,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $applyTypography } from '../../typography/editorTypography';
import { typographyLanguage } from '../../typography/typography';
import { matchesShortcut, SHORTCUTS, SHORTCUT_PRIORITY } from '../../utils/shortcuts';

/** Sets the whole story's quotes, dashes and no-break spaces by its language. */
export const TYPOGRAPHY_COMMAND = createCommand<void>('TYPOGRAPHY_COMMAND');

/**
 * The typography pass as one update, hence one undo step. It is pushed as its own history
 * entry: right after typing, the history would otherwise merge it into the typing, and one
 * undo would take both away.
 */
export function TypographyPlugin({ language }: { language: string | null }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TYPOGRAPHY_COMMAND,
          () => {
            $addUpdateTag(HISTORY_PUSH_TAG);
            $applyTypography(typographyLanguage(language));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!matchesShortcut(event, SHORTCUTS.typography)) return false;
            event.preventDefault();
            editor.dispatchCommand(TYPOGRAPHY_COMMAND, undefined);
            return true;
          },
          SHORTCUT_PRIORITY,
        ),
      ),
    [editor, language],
  );

  return null;
}
