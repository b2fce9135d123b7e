import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@shared/model';

export function ImportReportNotice({
  report,
  onDismiss,
}: {
  report: ImportReport;
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const hasFailures = report.failed.length > 0;
  return (
    <section
      className={hasFailures ? 'import-report import-report--failed' : 'import-report'}
      data-testid="import-report"
      role="status"
      aria-label={t('import.reportLabel')}
    >
      <div className="import-report__head">
        <p className="import-report__summary">
          {t('import.summary', {
            imported: report.imported.length,
            duplicates: report.duplicates.length,
            failed: report.failed.length,
          })}
        </p>
        <button
          type="button"
          className="icon-button"
          onClick={onDismiss}
          aria-label={t('import.dismiss')}
          title={t('import.dismiss')}
        >
          {t('common.closeGlyph')}
        </button>
      </div>
      {hasFailures && (
        <ul className="import-report__failures">
          {report.failed.map((failure, index) => (
            <li key={`${failure.file}-${index}`}>
              {t('import.failure', { file: failure.file, error: failure.error })}
            </li>
          ))}
        </ul>
      )}
      {report.duplicates.length > 0 && (
        <p className="import-report__duplicates muted">
          {t('import.duplicatesList', {
            files: report.duplicates.map((d) => d.file).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
