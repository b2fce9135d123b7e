import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@shared/model';
import { ErrorDetail } from '@renderer/app/errors/ErrorDetail';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import { failureText, requestErrorOf } from './failureText';

/** The parts of an import's result the notice shows; feeds' "Check now" has no cancel or skip. */
export interface ReportShown {
  report: ImportReport;
  notSent?: number;
  cancelled?: boolean;
  skipped?: number;
  unread?: boolean;
  /** Files found; 0 says the folder held nothing to import (feeds leave it out). */
  found?: number;
}

function StoryLink({
  id,
  headline,
  onOpen,
}: {
  id: number;
  headline: string;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <button type="button" className="link-button" onClick={() => onOpen(id)}>
      {headline || t('inbox.untitled')}
    </button>
  );
}

/**
 * What an import did, file by file: counts first, then what failed and why, what was updated
 * (with a warning where an editor's changes met a new wire version), and what was already there.
 */
export function ImportReportNotice({
  shown,
  onDismiss,
  onOpen,
  testId = 'import-report',
}: {
  shown: ReportShown;
  onDismiss: () => void;
  onOpen: (id: number) => void;
  testId?: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const root = useRef<HTMLElement>(null);
  const titleId = useId();
  const { report, notSent = 0, cancelled = false, skipped = 0, unread = false, found } = shown;
  const failed = report.failed.length;
  const conflicts = report.updated.filter((entry) => entry.conflict).length;
  const warn = failed > 0 || conflicts > 0 || cancelled;

  // Focus that was on the progress bar's Cancel (now gone) lands here, not on the page body.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) root.current?.focus();
  }, []);

  const summary = [
    t('import.parts.imported', { count: report.imported.length }),
    t('import.parts.updated', { count: report.updated.length }),
    t('import.parts.duplicates', { count: report.duplicates.length }),
    t('import.parts.failed', { count: failed }),
  ].join(t('import.parts.separator'));

  return (
    <section
      ref={root}
      className={warn ? 'import-report import-report--warn' : 'import-report'}
      data-testid={testId}
      role="status"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="import-report__head">
        <p className="import-report__summary" id={titleId}>
          {summary}
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
      {cancelled && (
        <p className="import-report__line import-report__line--strong">
          {unread && notSent === 0
            ? t('import.cancelledWhileReading')
            : t('import.notSent', { count: notSent })}
        </p>
      )}
      {!cancelled && found === 0 && (
        <p className="import-report__line">{t('import.nothingFound')}</p>
      )}
      {skipped > 0 && (
        <p className="import-report__line muted">{t('import.skipped', { count: skipped })}</p>
      )}
      {failed > 0 && (
        <details className="import-report__section" open>
          <summary>{t('import.sections.failed', { count: failed })}</summary>
          <ul className="import-report__list">
            {report.failed.map((failure, index) => {
              // A failed request is said in the interface's language, main's words kept apart.
              const request = requestErrorOf(failure);
              const said = request ? errorText(request) : null;
              return (
                <li key={`${failure.file}-${index}`}>
                  {failure.file && <span className="import-report__file">{failure.file}</span>}
                  <span>{failureText(t, failure, said?.text)}</span>
                  {said && <ErrorDetail detail={said.detail} />}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {report.updated.length > 0 && (
        <details
          className="import-report__section"
          open={conflicts > 0 || report.updated.length <= 5}
        >
          <summary>{t('import.sections.updated', { count: report.updated.length })}</summary>
          <ul className="import-report__list">
            {report.updated.map((entry, index) => (
              <li key={`${entry.id}-${index}`}>
                <StoryLink id={entry.id} headline={entry.headline} onOpen={onOpen} />{' '}
                <span className="muted">
                  {entry.version !== null
                    ? t('import.updatedFileVersion', { file: entry.file, version: entry.version })
                    : entry.file}
                </span>
                {entry.conflict && (
                  <p className="import-report__conflict" data-testid="import-conflict">
                    <strong>{t('import.conflictLabel')}</strong> {t('import.conflictText')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.duplicates.length > 0 && (
        <details className="import-report__section" open={report.duplicates.length <= 3}>
          <summary>{t('import.sections.duplicates', { count: report.duplicates.length })}</summary>
          <ul className="import-report__list">
            {report.duplicates.map((duplicate, index) => (
              <li key={`${duplicate.file}-${index}`}>
                <StoryLink id={duplicate.id} headline={duplicate.headline} onOpen={onOpen} />{' '}
                <span className="muted">
                  {t('import.duplicate', {
                    file: duplicate.file,
                    reason: t(`import.duplicateReasons.${duplicate.reason}`),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.imported.length > 0 && (
        <details className="import-report__section">
          <summary>{t('import.sections.imported', { count: report.imported.length })}</summary>
          <ul className="import-report__list">
            {report.imported.map((entry, index) => (
              <li key={`${entry.id}-${index}`}>
                <StoryLink id={entry.id} headline={entry.headline} onOpen={onOpen} />{' '}
                <span className="muted">{entry.file}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
