import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '@renderer/app/commands/CommandsContext';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton(): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useCommand({
    id: 'open.settings',
    label: t('settings.title'),
    group: t('commands.groups.app'),
    run: () => setOpen(true),
  });
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        data-testid="settings-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        title={t('settings.buttonTitle')}
      >
        {t('settings.button')}
      </button>
      {open && (
        <SettingsDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
