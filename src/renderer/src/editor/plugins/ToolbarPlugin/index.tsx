import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import { ToolbarButton } from './ToolbarButton';
import { LinkForm } from './LinkForm';
import {
  $readToolbarState,
  EMPTY_TOOLBAR_STATE,
  sameToolbarState,
  type ToolbarState,
} from './toolbarState';
import './toolbar.css';

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_APPLE ? 'Meta' : 'Control';

export function ToolbarPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<ToolbarState>(EMPTY_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  // The selection a link is being made for, kept while focus is in the URL field.
  const [linkTarget, setLinkTarget] = useState<BaseSelection | null>(null);

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

  const toggleHeading = (): void => {
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        $setBlocksType(selection, () =>
          state.heading ? $createParagraphNode() : $createHeadingNode('h2'),
        );
      }
    });
  };

  const toggleList = (kind: 'bullet' | 'number'): void => {
    const active = kind === 'bullet' ? state.bulletList : state.numberList;
    if (active) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (kind === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  const startLink = (): void => {
    if (state.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    if (selection) setLinkTarget(selection);
  };

  const applyLink = (url: string): void => {
    const target = linkTarget;
    setLinkTarget(null);
    editor.update(() => {
      if (target) $setSelection(target.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed()) {
        // Nothing selected: the address itself becomes the link's text.
        $insertNodes([$createLinkNode(url).append($createTextNode(url))]);
      } else {
        $toggleLink(url);
      }
    });
    editor.focus();
  };

  const cancelLink = (): void => {
    setLinkTarget(null);
    editor.focus();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ToolbarButton
        label={t('toolbar.undo')}
        shortcut={`${MOD}+Z`}
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        {t('toolbar.undoGlyph')}
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.redo')}
        shortcut={`${MOD}+Shift+Z`}
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        {t('toolbar.redoGlyph')}
      </ToolbarButton>
      <span className="toolbar__divider" aria-hidden="true" />
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
      <ToolbarButton label={t('toolbar.heading')} pressed={state.heading} onClick={toggleHeading}>
        {t('toolbar.headingGlyph')}
      </ToolbarButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <ToolbarButton
        label={t('toolbar.bulletList')}
        pressed={state.bulletList}
        onClick={() => toggleList('bullet')}
      >
        {t('toolbar.bulletListGlyph')}
      </ToolbarButton>
      <ToolbarButton
        label={t('toolbar.numberList')}
        pressed={state.numberList}
        onClick={() => toggleList('number')}
      >
        {t('toolbar.numberListGlyph')}
      </ToolbarButton>
      <ToolbarButton
        label={state.link ? t('toolbar.unlink') : t('toolbar.link')}
        pressed={state.link || linkTarget !== null}
        onClick={startLink}
      >
        {t('toolbar.linkGlyph')}
      </ToolbarButton>
      {linkTarget !== null && <LinkForm onApply={applyLink} onCancel={cancelLink} />}
    </div>
  );
}
