import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '@renderer/app/commands/CommandsContext';
import { SourcesDialog } from './SourcesDialog';

export function SourcesButton({
  onStoriesChanged,
  onOpen,
}: {
  onStoriesChanged: () => void;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useCommand({
    id: 'open.sources',
    label: t('sources.title'),
    group: t('commands.groups.app'),
    run: () => setOpen(true),
  });
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        data-testid="sources-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        title={t('sources.buttonTitle')}
      >
        {t('sources.button')}
      </button>
      {open && (
        <SourcesDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
          onStoriesChanged={onStoriesChanged}
          onOpen={(id) => {
            setOpen(false);
            onOpen(id);
          }}
        />
      )}
    </>
  );
}
