import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '@shared/errors';
import type { Digest, ExportFormat } from '@shared/model';
import { ErrorDetail } from '@renderer/app/errors/ErrorDetail';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import { toErrorInfo, useReportError } from '@renderer/app/errors/ErrorsContext';
import { downloadFile } from '@renderer/features/digest/downloadFile';
import {
  checkEdition,
  exportEdition,
  isBlocked,
  isNotAvailable,
  type CheckFinding,
} from './editionApi';
import { FindingsList } from './FindingsList';
import { LinkCheck } from './LinkCheck';
import { byTestId, refocusIfDropped } from '@renderer/lib/refocusIfDropped';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'email', 'text', 'markdown', 'eml'];

/**
 * Editions whose checks were run in this window: their panel runs them again when it comes
 * back (from a finding's story, another edition), rather than losing the list the
 * fact-checker was working through. Run anew, not kept: what was fixed meanwhile is gone.
 */
const checkedEditions = new Set<number>();

type CheckState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; findings: CheckFinding[]; revision: number }
  | { status: 'unavailable' };

interface Blocked {
  format: ExportFormat;
  /** Main's answer, said in the interface's language until the findings are here. */
  error: ErrorInfo;
  findings: CheckFinding[] | null;
}

/** Failures are kept as main sent them, and said in the interface's language when shown. */
type Note =
  | { kind: 'done'; text: string }
  | { kind: 'unavailable'; format: ExportFormat; error: ErrorInfo }
  | { kind: 'failed'; error: ErrorInfo }
  | null;

/**
 * Checks before sending, and the exports. An export that main blocks because of serious
 * findings shows them, and can be made anyway with a reason (main records it).
 */
export function ChecksPanel({
  digest,
  onGoTo,
  canGoTo,
  onPreview,
}: {
  digest: Digest;
  onGoTo: (finding: CheckFinding) => void;
  canGoTo: (finding: CheckFinding) => boolean;
  onPreview: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reportError = useReportError();
  const reasonId = useId();
  const blockedTitleId = useId();
  // Checked before in this window: the list is there again when the panel is (see below).
  const [check, setCheck] = useState<CheckState>(() =>
    checkedEditions.has(digest.id) ? { status: 'running' } : { status: 'idle' },
  );
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<Note>(null);
  const blockedPanel = useRef<HTMLDivElement>(null);
  const blockedFormat = blocked?.format ?? null;
  const blockedFindings = blocked?.findings ?? null;

  // The panel may be below the fold of the side column: bring it to hand (again when its
  // findings arrive), with the reason field focused when it first appears.
  useEffect(() => {
    if (blockedFormat === null) return;
    blockedPanel.current
      ?.querySelector<HTMLElement>('[data-testid="export-override-reason"]')
      ?.focus({ preventScroll: true });
  }, [blockedFormat]);
  useEffect(() => {
    if (blockedFormat !== null) blockedPanel.current?.scrollIntoView({ block: 'nearest' });
  }, [blockedFormat, blockedFindings]);

  const runCheck = (): Promise<CheckFinding[] | null> => {
    setCheck({ status: 'running' });
    return settleCheck();
  };

  /** Runs the checks and shows what they found; the caller has shown them running. */
  const settleCheck = async (): Promise<CheckFinding[] | null> => {
    checkedEditions.add(digest.id);
    try {
      const findings = await checkEdition(digest.id);
      setCheck({ status: 'done', findings, revision: digest.revision });
      return findings;
    } catch (error) {
      if (isNotAvailable(error)) setCheck({ status: 'unavailable' });
      else {
        setCheck({ status: 'idle' });
        reportError(error);
      }
      return null;
    }
  };

  const runExport = async (format: ExportFormat, override?: { reason: string }): Promise<void> => {
    setBusy(format);
    setNote(null);
    try {
      const file = await exportEdition(digest.id, format, override);
      downloadFile(file.content, file.fileName, file.mimeType);
      setBlocked(null);
      setReason('');
      setNote({ kind: 'done', text: t('edition.export.done', { file: file.fileName }) });
      // The export ran the checks too: what they found (warnings, or what was overridden).
      if (file.findings.length > 0)
        setCheck({ status: 'done', findings: file.findings, revision: digest.revision });
    } catch (error) {
      if (isBlocked(error)) {
        setBlocked({ format, error: toErrorInfo(error), findings: null });

        // The findings that blocked it, from the check (main's message names them too).
        const findings = await runCheck();
        setBlocked((current) =>
          current && current.format === format ? { ...current, findings } : current,
        );
      } else if (isNotAvailable(error)) {
        setNote({ kind: 'unavailable', format, error: toErrorInfo(error) });
      } else {
        setNote({ kind: 'failed', error: toErrorInfo(error) });
        reportError(error);
      }
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    if (checkedEditions.has(digest.id)) void settleCheck();
    // Once per edition shown: settleCheck is this render's, and must not re-run on each.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [digest.id]);

  const noteFailure = note && note.kind !== 'done' ? errorText(note.error) : null;
  let noteText: string | null = null;
  if (note?.kind === 'done') noteText = note.text;
  else if (note?.kind === 'unavailable')
    noteText = t('edition.export.unavailable', {
      format: t(`edition.export.formats.${note.format}`),
      message: noteFailure!.text,
    });
  else if (note?.kind === 'failed') noteText = noteFailure!.text;
  const blockedFailure = blocked ? errorText(blocked.error) : null;

  const stale = check.status === 'done' && check.revision !== digest.revision;
  const errors =
    check.status === 'done' ? check.findings.filter((f) => f.severity === 'error') : [];
  const warnings =
    check.status === 'done' ? check.findings.filter((f) => f.severity === 'warning') : [];

  return (
    <div className="checks">
      <section className="checks__section" aria-labelledby="edition-check-title">
        <div className="checks__head">
          <h3 className="checks__title" id="edition-check-title">
            {t('edition.check.title')}
          </h3>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="check-run"
            disabled={check.status === 'running'}
            onClick={(event) => {
              const button = event.currentTarget;
              void runCheck().finally(() => refocusIfDropped(() => button));
            }}
          >
            {check.status === 'running' ? t('edition.check.running') : t('edition.check.run')}
          </button>
        </div>
        <div role="status" aria-live="polite" className="checks__status">
          {check.status === 'idle' && <p className="muted">{t('edition.check.idle')}</p>}
          {check.status === 'unavailable' && (
            <p className="checks__note" data-testid="check-unavailable">
              {t('edition.check.unavailable')}
            </p>
          )}
          {check.status === 'done' && (
            <p
              className={
                errors.length > 0 ? 'checks__summary checks__summary--error' : 'checks__summary'
              }
            >
              {check.findings.length === 0
                ? t('edition.check.clean')
                : t('edition.check.summary', {
                    errors: t('edition.check.errors', { count: errors.length }),
                    warnings: t('edition.check.warnings', { count: warnings.length }),
                  })}
            </p>
          )}
          {stale && <p className="muted checks__stale">{t('edition.check.stale')}</p>}
        </div>
        {check.status === 'done' && check.findings.length > 0 && (
          <FindingsList findings={check.findings} onGoTo={onGoTo} canGoTo={canGoTo} />
        )}
        <LinkCheck digest={digest} onGoTo={onGoTo} canGoTo={canGoTo} />
      </section>

      <section className="checks__section" aria-labelledby="edition-export-title">
        <div className="checks__head">
          <h3 className="checks__title" id="edition-export-title">
            {t('edition.export.title')}
          </h3>
          <button
            type="button"
            className="button button--small"
            data-testid="preview-open"
            onClick={onPreview}
          >
            {t('edition.preview.open')}
          </button>
        </div>
        <div className="export-buttons">
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button button--small"
              data-testid={`export-format-${format}`}
              disabled={busy !== null}
              title={t(`edition.export.hints.${format}`)}
              onClick={(event) => {
                const button = event.currentTarget;
                void runExport(format).finally(() => refocusIfDropped(() => button));
              }}
            >
              {busy === format
                ? t('edition.export.exporting')
                : t(`edition.export.formats.${format}`)}
            </button>
          ))}
        </div>
        <div role="status" aria-live="polite">
          {note && (
            <p className={`checks__note checks__note--${note.kind}`} data-testid="export-note">
              {noteText}
              {noteFailure && <ErrorDetail detail={noteFailure.detail} />}
            </p>
          )}
        </div>
        {blocked && (
          <div
            ref={blockedPanel}
            className="export-blocked"
            role="alert"
            aria-labelledby={blockedTitleId}
            data-testid="export-blocked"
          >
            <p className="export-blocked__title" id={blockedTitleId}>
              {t('edition.export.blockedTitle', {
                format: t(`edition.export.formats.${blocked.format}`),
              })}
            </p>
            {/* Main's summary, until the findings themselves are here to say it. */}
            {!blocked.findings?.length && blockedFailure && (
              <p className="export-blocked__message">
                {blockedFailure.text}
                <ErrorDetail detail={blockedFailure.detail} />
              </p>
            )}
            {blocked.findings && blocked.findings.length > 0 && (
              <FindingsList
                findings={blocked.findings.filter((f) => f.severity === 'error')}
                onGoTo={onGoTo}
                canGoTo={canGoTo}
              />
            )}
            <form
              className="export-blocked__form"
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim() || busy !== null) return;
                const format = blocked.format;
                // The form goes once exported: on from the format's own button.
                void runExport(format, { reason: reason.trim() }).finally(() =>
                  refocusIfDropped(byTestId(`export-format-${format}`)),
                );
              }}
            >
              <div className="field">
                <label htmlFor={reasonId}>{t('edition.export.reason')}</label>
                <textarea
                  id={reasonId}
                  className="input textarea"
                  data-testid="export-override-reason"
                  rows={2}
                  required
                  maxLength={1000}
                  value={reason}
                  placeholder={t('edition.export.reasonPlaceholder')}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
              <div className="export-blocked__actions">
                <button
                  type="submit"
                  className="button button--small button--danger"
                  data-testid="export-override-confirm"
                  disabled={!reason.trim() || busy !== null}
                >
                  {t('edition.export.anyway')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-testid="export-override-cancel"
                  onClick={() => {
                    setBlocked(null);
                    setReason('');
                  }}
                >
                  {t('edition.export.cancel')}
                </button>
              </div>
            </form>
          </div>
        )}
      </section>
    </div>
  );
}
