import { useTranslation } from 'react-i18next';
import type { ImportNotice } from './useImport';

/** Why "Paste as story" did nothing, and what works instead. */
export function ImportNoticeBox({
  notice,
  onDismiss,
}: {
  notice: ImportNotice;
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="import-notice" role="status" data-testid="import-notice">
      <p>{t(`import.notices.${notice}`)}</p>
      <button
        type="button"
        className="icon-button"
        onClick={onDismiss}
        aria-label={t('import.dismissNotice')}
        title={t('import.dismissNotice')}
      >
        {t('common.closeGlyph')}
      </button>
    </div>
  );
}
