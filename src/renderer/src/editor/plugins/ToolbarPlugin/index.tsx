import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { ToolbarButton } from './ToolbarButton';
import { FormatButtons } from './FormatButtons';
import { useToolbarState } from './useToolbarState';
import { LinkControl } from './LinkControl';
import { MarkMenu } from './MarkMenu';
import { SET_BLOCK_TYPE_COMMAND } from '../BlockFormatPlugin';
import { CLEAR_FORMATTING_COMMAND } from '../ClearFormattingPlugin';
import { TYPOGRAPHY_COMMAND } from '../TypographyPlugin';
import { BUILT_IN_KEYS, shortcutLabel, SHORTCUTS } from '../../utils/shortcuts';
import type { BlockType } from '../../utils/blockType';
import './toolbar.css';

export function ToolbarPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const state = useToolbarState();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(() => {
    return mergeRegister(
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (payload) => {
          setCanUndo(payload);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (payload) => {
          setCanRedo(payload);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);

  const blockButton = (
    type: BlockType,
    label: string,
    glyph: string,
    shortcut: string,
    testId?: string,
  ): React.JSX.Element => (
    <ToolbarButton
      label={label}
      shortcut={shortcut}
      pressed={state.blockType === type}
      testId={testId}
      onClick={() => editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type)}
    >
      {glyph}
    </ToolbarButton>
  );

  const [linkSlot, setLinkSlot] = useState<HTMLDivElement | null>(null);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ToolbarButton
        label={t('toolbar.undo')}
        shortcut={shortcutLabel(BUILT_IN_KEYS.undo)}
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        {t('toolbar.undoGlyph')}
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.redo')}
        shortcut={shortcutLabel(BUILT_IN_KEYS.redo)}
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        {t('toolbar.redoGlyph')}
      </ToolbarButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <FormatButtons state={state} underline />
      <span className="toolbar__divider" aria-hidden="true" />
      {blockButton(
        'h2',
        t('toolbar.heading'),
        t('toolbar.headingGlyph'),
        shortcutLabel(SHORTCUTS.heading2),
      )}
      {blockButton(
        'h3',
        t('toolbar.subheading'),
        t('toolbar.subheadingGlyph'),
        shortcutLabel(SHORTCUTS.heading3),
      )}
      {blockButton(
        'quote',
        t('toolbar.blockQuote'),
        t('toolbar.blockQuoteGlyph'),
        shortcutLabel(SHORTCUTS.quote),
        'toolbar-quote',
      )}
      {blockButton(
        'bullet',
        t('toolbar.bulletList'),
        t('toolbar.bulletListGlyph'),
        shortcutLabel(SHORTCUTS.bulletList),
      )}
      {blockButton(
        'number',
        t('toolbar.numberList'),
        t('toolbar.numberListGlyph'),
        shortcutLabel(SHORTCUTS.numberList),
      )}
      <span className="toolbar__divider" aria-hidden="true" />
      <LinkControl inLink={state.link} formSlot={linkSlot} />
      <ToolbarButton
        label={t('toolbar.clear')}
        shortcut={shortcutLabel(SHORTCUTS.clearFormatting)}
        testId="toolbar-clear"
        onClick={() => editor.dispatchCommand(CLEAR_FORMATTING_COMMAND, undefined)}
      >
        {t('toolbar.clearGlyph')}
      </ToolbarButton>
      {/* The editorial tools, kept together at the end: on a narrow pane they wrap as one. */}
      <span className="toolbar__group toolbar__group--end">
        <ToolbarButton
          label={t('toolbar.typography')}
          shortcut={shortcutLabel(SHORTCUTS.typography)}
          testId="toolbar-typography"
          onClick={() => editor.dispatchCommand(TYPOGRAPHY_COMMAND, undefined)}
        >
          {t('toolbar.typographyGlyph')}
        </ToolbarButton>
        <MarkMenu textSelected={state.textSelected} />
      </span>
      {/* The link's address field, on a row below every tool and last in the Tab order too. */}
      <div className="toolbar__form-slot" ref={setLinkSlot} />
    </div>
  );
}
