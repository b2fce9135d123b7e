import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '@renderer/app/confirm/InlineConfirm';

/** Deleting an annotation asks first: what goes (the record and its notes), what stays (the text). */
export function ConfirmDelete({
  trigger,
  onConfirm,
  onCancel,
}: {
  /** The Delete button, focused again if the editor backs out. */
  trigger: RefObject<HTMLElement | null>;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <InlineConfirm
      question={t('annotations.deleteQuestion')}
      explain={t('annotations.deleteExplain')}
      confirmLabel={t('annotations.deleteConfirm')}
      cancelLabel={t('annotations.deleteCancel')}
      confirmTestId="annotation-delete-confirm"
      cancelTestId="annotation-delete-cancel"
      trigger={trigger}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
