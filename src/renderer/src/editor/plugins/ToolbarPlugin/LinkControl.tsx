import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
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
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent, $unwrapNode } from '@lexical/utils';
import { ToolbarButton } from './ToolbarButton';
import { LinkForm } from './LinkForm';
import {
  matchesShortcut,
  shortcutLabel,
  SHORTCUTS,
  SHORTCUT_PRIORITY,
} from '../../utils/shortcuts';

/** The links the selection is in or touches, each once. */
function $selectedLinks(): LinkNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const links = new Set<LinkNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const link = $findMatchingParent(node, $isLinkNode);
    if (link) links.add(link);
  }
  return [...links];
}

/** What the address field is open for: a new link, or the link the caret is in (its address). */
interface LinkTarget {
  selection: BaseSelection;
  /** The address of the link being edited; null for a new link. */
  url: string | null;
}

/**
 * The link button and its address field (Ctrl/Cmd+K opens it too). In a link, the field opens
 * with the link's address, to correct it or remove the link: the button used to remove the link
 * at once, so an address could neither be read nor corrected.
 */
export function LinkControl({
  inLink,
  formSlot = null,
}: {
  inLink: boolean;
  /** Where the address field goes (the toolbar's last place); beside the button without one. */
  formSlot?: HTMLElement | null;
}): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  // The selection a link is being made or edited for, kept while focus is in the URL field.
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const [openings, setOpenings] = useState(0);

  const startLink = (): void => {
    const target = editor.getEditorState().read((): LinkTarget | null => {
      const selection = $getSelection()?.clone() ?? null;
      if (!selection) return null;
      return { selection, url: inLink ? ($selectedLinks()[0]?.getURL() ?? null) : null };
    });
    if (target) {
      setLinkTarget(target);
      // Opened again while open (Ctrl+K from the text): a fresh field, focused, for this
      // selection — the old one kept its address and left the focus in the text, where the
      // address typed next replaced the selected words.
      setOpenings((count) => count + 1);
    }
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
      if (target) $setSelection(target.selection.clone());
      if (target?.url != null) {
        for (const link of $selectedLinks()) link.setURL(url);
        return;
      }
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

  const removeLink = (): void => {
    const target = linkTarget;
    setLinkTarget(null);
    editor.update(() => {
      if (target) $setSelection(target.selection.clone());
      // The whole link, wherever in it the caret is; its words stay where they were.
      for (const link of $selectedLinks()) $unwrapNode(link);
    });
    editor.focus();
  };

  const cancelLink = (): void => {
    setLinkTarget(null);
    editor.focus();
  };

  const form =
    linkTarget === null ? null : (
      <LinkForm
        key={openings}
        url={linkTarget.url}
        onApply={applyLink}
        onRemove={linkTarget.url !== null ? removeLink : undefined}
        onCancel={cancelLink}
      />
    );

  return (
    <>
      <ToolbarButton
        label={inLink ? t('toolbar.editLink') : t('toolbar.link')}
        shortcut={shortcutLabel(SHORTCUTS.link)}
        pressed={inLink || linkTarget !== null}
        onClick={startLink}
      >
        {t('toolbar.linkGlyph')}
      </ToolbarButton>
      {form !== null && (formSlot ? createPortal(form, formSlot) : form)}
    </>
  );
}
