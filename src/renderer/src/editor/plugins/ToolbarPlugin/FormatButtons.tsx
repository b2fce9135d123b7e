import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ToolbarButton } from './ToolbarButton';
import type { ToolbarState } from './toolbarState';
import { BUILT_IN_KEYS, shortcutLabel } from '../../utils/shortcuts';

type Format = 'bold' | 'italic' | 'underline';

/** How each format's glyph is drawn on its button. */
const GLYPHS: Record<Format, (glyph: string) => ReactNode> = {
  bold: (glyph) => <strong>{glyph}</strong>,
  italic: (glyph) => <em>{glyph}</em>,
  underline: (glyph) => <span className="toolbar__underline">{glyph}</span>,
};

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
  const formats: Format[] = underline ? ['bold', 'italic', 'underline'] : ['bold', 'italic'];
  return (
    <>
      {formats.map((format) => (
        <ToolbarButton
          key={format}
          label={t(`toolbar.${format}`)}
          shortcut={shortcutLabel(BUILT_IN_KEYS[format])}
          pressed={state[format]}
          testId={format === 'underline' ? 'toolbar-underline' : undefined}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {GLYPHS[format](t(`toolbar.${format}Glyph`))}
        </ToolbarButton>
      ))}
    </>
  );
}
