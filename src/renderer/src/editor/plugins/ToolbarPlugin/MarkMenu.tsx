import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $getSelection, KEY_DOWN_COMMAND, type BaseSelection } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { AnnotationType } from '@shared/model';
import { ANNOTATION_TYPES } from '@renderer/features/annotations/status';
import { TypeChip } from '@renderer/features/annotations/TypeChip';
import { useDrawer } from '@renderer/app/drawer/DrawerContext';
import { MARK_ANNOTATION_COMMAND } from '../AnnotationMarksPlugin';
import { ToolbarButton } from './ToolbarButton';
import {
  matchesShortcut,
  shortcutLabel,
  SHORTCUTS,
  SHORTCUT_PRIORITY,
} from '../../utils/shortcuts';
import { menuItemFor } from '@renderer/lib/menuKeys';

/**
 * "Mark as quote / claim / note": a small menu under the toolbar button (and Ctrl/Cmd+Shift+M).
 * The selection is kept from the moment the menu opens, since focus moves into the menu.
 */
export function MarkMenu({ textSelected }: { textSelected: boolean }): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { setTab } = useDrawer();
  const [target, setTarget] = useState<BaseSelection | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const open = target !== null;

  const openMenu = (): void => {
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    if (selection !== null && textSelected) setTarget(selection);
  };
  const openRef = useRef(openMenu);
  useEffect(() => {
    openRef.current = openMenu;
  });

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesShortcut(event, SHORTCUTS.markAnnotation)) return false;
          event.preventDefault();
          openRef.current();
          return true;
        },
        SHORTCUT_PRIORITY,
      ),
    [editor],
  );

  // The first choice takes focus, so that the keyboard can go on from the shortcut.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (): void => {
    setTarget(null);
    editor.focus();
  };

  const mark = (type: AnnotationType): void => {
    const selection = target;
    setTarget(null);
    if (selection === null) return;
    editor.dispatchCommand(MARK_ANNOTATION_COMMAND, { type, selection });
    setTab('annotations');
    editor.focus();
  };

  return (
    <span className="mark-menu">
      <ToolbarButton
        label={t('toolbar.mark')}
        shortcut={shortcutLabel(SHORTCUTS.markAnnotation)}
        disabled={!textSelected && !open}
        pressed={open}
        testId="mark-annotation"
        wide
        onClick={() => (open ? close() : openMenu())}
      >
        {t('toolbar.markGlyph')}
      </ToolbarButton>
      {open && (
        <div
          ref={menu}
          className="mark-menu__list"
          role="menu"
          aria-label={t('toolbar.markMenuLabel')}
          onKeyDown={(event) => {
            const items = [
              ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
            ];
            const current = document.activeElement as HTMLButtonElement;
            const next = menuItemFor(items, items.includes(current) ? current : null, event.key);
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            } else if (next) {
              event.preventDefault();
              next.focus();
            }
          }}
          onBlur={(event) => {
            if (!menu.current?.contains(event.relatedTarget as Node | null)) setTarget(null);
          }}
        >
          {ANNOTATION_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              role="menuitem"
              className="mark-menu__item"
              data-testid={`mark-as-${type}`}
              aria-label={t(`toolbar.markAs.${type}`)}
              onClick={() => mark(type)}
            >
              <TypeChip type={type} />
              <span className="mark-menu__hint">{t(`toolbar.markAsHint.${type}`)}</span>
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
