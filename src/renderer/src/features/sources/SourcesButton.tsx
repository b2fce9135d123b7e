import { useTranslation } from 'react-i18next';
import { DialogButton } from '@renderer/app/dialog/DialogButton';
import { SourcesDialog } from './SourcesDialog';

export function SourcesButton({
  onStoriesChanged,
  onOpen,
}: {
  onStoriesChanged: () => void;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <DialogButton
      command={{ id: 'open.sources', label: t('sources.title') }}
      label={t('sources.button')}
      title={t('sources.buttonTitle')}
      testId="sources-button"
      dialog={(close) => (
        <SourcesDialog
          onClose={close}
          onStoriesChanged={onStoriesChanged}
          onOpen={(id) => {
            close();
            onOpen(id);
          }}
        />
      )}
    />
  );
}
