import { useCallback, useEffect, useId, useRef, type SyntheticEvent } from 'react';
import { useSetAlertHost } from '@renderer/app/errors/ErrorsContext';

export interface ModalDialog {
  ref: React.RefObject<HTMLDialogElement | null>;
  titleId: string;
  /** Closes the native dialog first (the page stops being inert), then tells the caller. */
  close: () => void;
  /** For the dialog's onCancel: Escape closes through React, so its state and the UI agree. */
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
}

/**
 * A native modal <dialog>, opened on mount and closed on unmount. While it is open, alerts are
 * shown inside it, since the page behind a modal dialog cannot be reached.
 */
export function useModalDialog(
  onClose: () => void,
  /** Asked first by × and Escape: false keeps the dialog open (it has asked the user instead). */
  canClose?: () => boolean,
): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const setAlertHost = useSetAlertHost();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // A dialog may open over another (Shortcuts over Settings): remember whose host it was, so
    // that closing this one gives the alerts back to the dialog still open rather than to the
    // inert page. Modal dialogs close in reverse order (the one below is inert), so restoring
    // only while the host is still ours is enough.
    let previous: HTMLElement | null = null;
    setAlertHost((current) => {
      previous = current;
      return element;
    });
    return () => {
      setAlertHost((current) => (current === element ? previous : current));
      if (element.open) element.close();
    };
  }, [setAlertHost]);

  const close = useCallback(() => {
    if (canClose && !canClose()) return;
    ref.current?.close();
    onClose();
  }, [onClose, canClose]);

  const onCancel = useCallback(
    (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      close();
    },
    [close],
  );

  return { ref, titleId, close, onCancel };
}
