import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Deleting an annotation asks first, here in the item rather than in a browser dialog: what goes
 * (the record and its notes) and what stays (the text).
 */
export function ConfirmDelete({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="confirm-delete" role="group" aria-label={t('annotations.deleteQuestion')}>
      <p className="confirm-delete__text">{t('annotations.deleteExplain')}</p>
      <div className="confirm-delete__actions">
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="annotation-delete-confirm"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().finally(() => setBusy(false));
          }}
        >
          {t('annotations.deleteConfirm')}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button button--small"
          data-testid="annotation-delete-cancel"
          onClick={onCancel}
        >
          {t('annotations.deleteCancel')}
        </button>
      </div>
    </div>
  );
}
