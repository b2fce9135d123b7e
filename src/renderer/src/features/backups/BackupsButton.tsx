import { useTranslation } from 'react-i18next';
import { DialogButton } from '@renderer/app/dialog/DialogButton';
import { BackupsDialog } from './BackupsDialog';

export function BackupsButton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <DialogButton
      command={{ id: 'open.backups', label: t('backups.title') }}
      label={t('backups.button')}
      title={t('backups.buttonTitle')}
      testId="backups-button"
      dialog={(close) => <BackupsDialog onClose={close} />}
    />
  );
}
