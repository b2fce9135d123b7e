import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetAlertHost } from '@renderer/app/errors/ErrorsContext';
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
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const setAlertHost = useSetAlertHost();

  // Closed before it unmounts: the page is no longer inert, and focus can go back to the
  // Sources button (the browser restores it; the caller makes sure).
  const close = (): void => {
    dialog.current?.close();
    onClose();
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    setAlertHost(element);
    return () => {
      setAlertHost(null);
      if (element.open) element.close();
    };
  }, [setAlertHost]);

  return (
    <dialog
      ref={dialog}
      className="sources-dialog"
      data-testid="sources-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: closed through React, so that the dialog's state and the button's agree.
        event.preventDefault();
        close();
      }}
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
