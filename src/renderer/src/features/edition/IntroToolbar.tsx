import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ToolbarButton } from '@renderer/editor/plugins/ToolbarPlugin/ToolbarButton';
import { LinkControl } from '@renderer/editor/plugins/ToolbarPlugin/LinkControl';
import {
  $readToolbarState,
  EMPTY_TOOLBAR_STATE,
  sameToolbarState,
} from '@renderer/editor/plugins/ToolbarPlugin/toolbarState';
import { MOD_KEY as MOD } from '@renderer/editor/utils/shortcuts';
import '@renderer/editor/plugins/ToolbarPlugin/toolbar.css';

/** The intro's own few tools: bold, italic and a link (an intro is a few sentences). */
export function IntroToolbar({ label }: { label: string }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState(EMPTY_TOOLBAR_STATE);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const next = $readToolbarState();
          setState((previous) => (sameToolbarState(previous, next) ? previous : next));
        }),
      ),
    [editor],
  );

  return (
    <div className="toolbar intro-editor__toolbar" role="toolbar" aria-label={label}>
      <ToolbarButton
        label={t('toolbar.bold')}
        shortcut={`${MOD}+B`}
        pressed={state.bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <strong>{t('toolbar.boldGlyph')}</strong>
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.italic')}
        shortcut={`${MOD}+I`}
        pressed={state.italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <em>{t('toolbar.italicGlyph')}</em>
      </ToolbarButton>
      <LinkControl inLink={state.link} />
    </div>
  );
}
