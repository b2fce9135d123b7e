import { useTranslation } from 'react-i18next';
import { useModalDialog } from '@renderer/app/dialog/useModalDialog';
import { FeedsSection } from './FeedsSection';
import { WatchSection } from './WatchSection';
import './sources.css';

/**
 * The ways stories arrive without anyone importing them: polled feeds and a watched folder. A
 * modal dialog: Escape or Close returns to where the editor was.
 */
export function SourcesDialog({
  onClose,
  onStoriesChanged,
  onOpen,
}: {
  onClose: () => void;
  onStoriesChanged: () => void;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { ref: dialog, titleId, close, onCancel } = useModalDialog(onClose);

  return (
    <dialog
      ref={dialog}
      className="sources-dialog"
      data-testid="sources-dialog"
      aria-labelledby={titleId}
      onCancel={onCancel}
    >
      <div className="sources-dialog__head">
        <h2 className="sources-dialog__title" id={titleId}>
          {t('sources.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          data-testid="sources-close"
          onClick={close}
          aria-label={t('sources.close')}
          title={t('sources.close')}
        >
          {t('common.closeGlyph')}
        </button>
      </div>
      <p className="sources-dialog__intro muted">{t('sources.intro')}</p>
      <div className="sources-dialog__body">
        <FeedsSection onStoriesChanged={onStoriesChanged} onOpen={onOpen} />
        <WatchSection />
      </div>
    </dialog>
  );
}
