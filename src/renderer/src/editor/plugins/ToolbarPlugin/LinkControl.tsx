import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  KEY_DOWN_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { ToolbarButton } from './ToolbarButton';
import { LinkForm } from './LinkForm';
import {
  matchesShortcut,
  shortcutLabel,
  SHORTCUTS,
  SHORTCUT_PRIORITY,
} from '../../utils/shortcuts';

/** The link button and its address field (Ctrl/Cmd+K opens it too). */
export function LinkControl({ inLink }: { inLink: boolean }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  // The selection a link is being made for, kept while focus is in the URL field.
  const [linkTarget, setLinkTarget] = useState<BaseSelection | null>(null);

  const startLink = (): void => {
    if (inLink) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    if (selection) setLinkTarget(selection);
  };
  const startRef = useRef(startLink);
  useEffect(() => {
    startRef.current = startLink;
  });

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesShortcut(event, SHORTCUTS.link)) return false;
          event.preventDefault();
          startRef.current();
          return true;
        },
        SHORTCUT_PRIORITY,
      ),
    [editor],
  );

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
    <>
      <ToolbarButton
        label={inLink ? t('toolbar.unlink') : t('toolbar.link')}
        shortcut={shortcutLabel(SHORTCUTS.link)}
        pressed={inLink || linkTarget !== null}
        onClick={startLink}
      >
        {t('toolbar.linkGlyph')}
      </ToolbarButton>
      {linkTarget !== null && <LinkForm onApply={applyLink} onCancel={cancelLink} />}
    </>
  );
}
