import { useTranslation } from 'react-i18next';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ToolbarButton } from './ToolbarButton';
import type { ToolbarState } from './toolbarState';
import { BUILT_IN_KEYS, shortcutLabel } from '../../utils/shortcuts';

/** Bold and italic (and underline where `underline`), pressed as the selection is formatted. */
export function FormatButtons({
  state,
  underline = false,
}: {
  state: ToolbarState;
  underline?: boolean;
}): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  return (
    <>
      <ToolbarButton
        label={t('toolbar.bold')}
        shortcut={shortcutLabel(BUILT_IN_KEYS.bold)}
        pressed={state.bold}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <strong>{t('toolbar.boldGlyph')}</strong>
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.italic')}
        shortcut={shortcutLabel(BUILT_IN_KEYS.italic)}
        pressed={state.italic}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <em>{t('toolbar.italicGlyph')}</em>
      </ToolbarButton>
      {underline && (
        <ToolbarButton
          label={t('toolbar.underline')}
          shortcut={shortcutLabel(BUILT_IN_KEYS.underline)}
          pressed={state.underline}
          testId="toolbar-underline"
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
        >
          <span className="toolbar__underline">{t('toolbar.underlineGlyph')}</span>
        </ToolbarButton>
      )}
    </>
  );
}
