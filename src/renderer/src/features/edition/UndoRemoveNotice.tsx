import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUILT_IN_KEYS,
  matchesShortcut,
  shortcutLabel,
  shortcutText,
} from '@renderer/editor/utils/shortcuts';
import { isTextEntryTarget } from '@renderer/lib/textEntry';

/**
 * "Removed “…” — Undo": the last story taken off the board, offered back until the editor
 * dismisses the notice or removes another. Ctrl+Z (⌘Z) undoes it too, except in a text field or
 * the intro, whose own undo it leaves alone.
 */
export function UndoRemoveNotice({
  headline,
  onUndo,
  onDismiss,
}: {
  headline: string;
  onUndo: () => void;
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  useEffect(() => {
    const undo = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !matchesShortcut(event, BUILT_IN_KEYS.undo)) return;
      if (isTextEntryTarget(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      onUndo();
    };
    document.addEventListener('keydown', undo);
    return () => document.removeEventListener('keydown', undo);
  }, [onUndo]);

  return (
    // Not a live region: the board's own announces the removal, and how to undo it.
    <div className="board-undo" data-testid="board-undo">
      <span className="board-undo__text">{t('edition.undo.removed', { headline })}</span>
      <button
        type="button"
        className="button button--small"
        data-testid="board-undo-button"
        aria-keyshortcuts={shortcutLabel(BUILT_IN_KEYS.undo)}
        title={t('edition.undo.title', { keys: shortcutText(BUILT_IN_KEYS.undo) })}
        onClick={onUndo}
      >
        {t('edition.undo.undo')}
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="board-undo-dismiss"
        aria-label={t('edition.undo.dismiss')}
        title={t('edition.undo.dismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
