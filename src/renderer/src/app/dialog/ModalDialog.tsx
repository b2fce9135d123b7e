import type { ReactNode } from 'react';
import { DialogHead } from './DialogHead';
import { useModalDialog } from './useModalDialog';

/**
 * The shell the app's modal dialogs share: a native <dialog> labelled by its title, with the
 * title and a close button (×) at its head. `className` is the dialog's block class; its head is
 * `${className}__head` and its title `${className}__title`. Escape and × both close through
 * `onClose`.
 */
export function ModalDialog({
  title,
  testId,
  onClose,
  className,
  closeTestId,
  canClose,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  className: string;
  closeTestId?: string;
  /** See useModalDialog: asked before × or Escape closes. */
  canClose?: () => boolean;
  children: ReactNode;
}): React.JSX.Element {
  const { ref, titleId, close, onCancel } = useModalDialog(onClose, canClose);
  return (
    <dialog
      ref={ref}
      className={className}
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={onCancel}
    >
      <DialogHead
        className={`${className}__head`}
        titleClassName={`${className}__title`}
        titleId={titleId}
        title={title}
        onClose={close}
        closeTestId={closeTestId}
      />
      {children}
    </dialog>
  );
}
