import { useTranslation } from 'react-i18next';
import { ModalDialog } from '@renderer/app/dialog/ModalDialog';
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

  return (
    <ModalDialog
      className="sources-dialog"
      testId="sources-dialog"
      closeTestId="sources-close"
      title={t('sources.title')}
      onClose={onClose}
    >
      <p className="sources-dialog__intro muted">{t('sources.intro')}</p>
      <div className="sources-dialog__body">
        <FeedsSection onStoriesChanged={onStoriesChanged} onOpen={onOpen} />
        <WatchSection />
      </div>
    </ModalDialog>
  );
}
