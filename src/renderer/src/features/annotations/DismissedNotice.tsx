import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import { useTranslation } from 'react-i18next';

/** Says a suggestion was dismissed, and takes it back on request. */
export function DismissedNotice({ onUndo }: { onUndo: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="annotations-section__explain" role="status">
      {t('suggestions.dismissed')}{' '}
      <button
        type="button"
        className="link-button"
        data-testid="suggestion-undo-dismiss"
        onClick={() => {
          onUndo();
          // The notice goes with its Undo: on from the suggestions' heading.
          refocusIfDropped(() => document.getElementById('suggestions-title'));
        }}
      >
        {t('suggestions.undoDismiss')}
      </button>
    </p>
  );
}
