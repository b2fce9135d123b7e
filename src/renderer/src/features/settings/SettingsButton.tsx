import { useTranslation } from 'react-i18next';
import { DialogButton } from '@renderer/app/dialog/DialogButton';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <DialogButton
      command={{ id: 'open.settings', label: t('settings.title') }}
      label={t('settings.button')}
      title={t('settings.buttonTitle')}
      testId="settings-button"
      dialog={(close) => <SettingsDialog onClose={close} />}
    />
  );
}
