import { useTranslation } from 'react-i18next';
import { DialogHead } from '@renderer/app/dialog/DialogHead';
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
      <DialogHead
        className="sources-dialog__head"
        titleClassName="sources-dialog__title"
        titleId={titleId}
        title={t('sources.title')}
        onClose={close}
        closeTestId="sources-close"
      />
      <p className="sources-dialog__intro muted">{t('sources.intro')}</p>
      <div className="sources-dialog__body">
        <FeedsSection onStoriesChanged={onStoriesChanged} onOpen={onOpen} />
        <WatchSection />
      </div>
    </dialog>
  );
}
