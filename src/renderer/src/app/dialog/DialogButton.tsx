import { useCallback, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '@renderer/app/commands/CommandsContext';

/**
 * A header button that opens a modal dialog, offered to the command palette under the same
 * name. Closing gives the focus back to the button (found by its id: the dialog may close it
 * from anywhere, long after this render).
 */
export function DialogButton({
  command,
  label,
  title,
  testId,
  dialog,
}: {
  command: { id: string; label: string };
  label: string;
  title: string;
  testId: string;
  /** The dialog, given the function that closes it. */
  dialog: (close: () => void) => ReactNode;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => {
    setOpen(false);
    document.getElementById(id)?.focus();
  }, [id]);
  useCommand({ id: command.id, label: command.label, group: t('commands.groups.app'), run: show });
  return (
    <>
      <button
        id={id}
        type="button"
        className="button"
        data-testid={testId}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={show}
        title={title}
      >
        {label}
      </button>
      {open && dialog(close)}
    </>
  );
}
