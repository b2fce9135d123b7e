import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '@renderer/app/commands/CommandsContext';
import { BackupsDialog } from './BackupsDialog';

export function BackupsButton(): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useCommand({
    id: 'open.backups',
    label: t('backups.title'),
    group: t('commands.groups.app'),
    run: () => setOpen(true),
  });
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        data-testid="backups-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        title={t('backups.buttonTitle')}
      >
        {t('backups.button')}
      </button>
      {open && (
        <BackupsDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
