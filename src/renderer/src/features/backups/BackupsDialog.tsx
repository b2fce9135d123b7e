import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/model';
import { call } from '@renderer/api/client';
import { ModalDialog } from '@renderer/app/dialog/ModalDialog';
import { ErrorDetail } from '@renderer/app/errors/ErrorDetail';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { useRemote } from '@renderer/features/sources/useRemote';
import { BackupRow } from './BackupRow';
import { BackupKeepField } from './BackupKeepField';
import '@renderer/features/sources/sources.css';
import './backups.css';

const loadBackups = (): Promise<BackupInfo[]> => call('backups.list', {});

/**
 * The database's backups: the daily automatic ones, "Back up now", and restore. A restore
 * replaces everything in the window, so the page reloads once it is done.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const reportError = useReportError();
  const [backups, , reload] = useRemote(loadBackups);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const backUpNow = (): void => {
    setBusy('backup');
    call('backups.create', {})
      .then(reload)
      .catch(reportError)
      .finally(() => setBusy(null));
  };

  const restore = useCallback(
    (backup: BackupInfo) => {
      setBusy('restore');
      call('backups.restore', { name: backup.name })
        .then(() => {
          setRestored(backup.name);
          // Every open list, editor and edition now describes another database.
          window.location.reload();
        })
        .catch((error: unknown) => {
          reportError(error);
          setBusy(null);
        });
    },
    [reportError],
  );
  // Main's words are English: said in the interface's language, kept as the detail.
  const failure = backups.kind === 'failed' ? errorText(backups.error) : null;

  return (
    <ModalDialog
      className="sources-dialog"
      testId="backups-dialog"
      title={t('backups.title')}
      onClose={onClose}
    >
      <p className="sources-dialog__intro muted">{t('backups.intro')}</p>
      <div className="sources-dialog__body">
        <div className="backups-actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="backup-now"
            disabled={busy !== null}
            onClick={backUpNow}
          >
            {busy === 'backup' ? t('backups.working') : t('backups.now')}
          </button>
          <BackupKeepField />
        </div>
        {restored && (
          <p role="status" className="backups-restored">
            {t('backups.restored', { name: restored })}
          </p>
        )}
        {backups.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {backups.kind === 'failed' && (
          <div className="sources-problem" data-testid="backups-failed">
            <p>
              {backups.unsupported ? t('sources.unsupported') : failure!.text}
              {!backups.unsupported && <ErrorDetail detail={failure!.detail} />}
            </p>
            <button type="button" className="button button--small" onClick={reload}>
              {t('errors.retry')}
            </button>
          </div>
        )}
        {backups.kind === 'ready' && backups.value.length === 0 && (
          <p className="empty-state" data-testid="backups-empty">
            {t('backups.empty')}
          </p>
        )}
        {backups.kind === 'ready' && backups.value.length > 0 && (
          <ul className="feeds" aria-label={t('backups.listLabel')} data-testid="backups-list">
            {backups.value.map((backup) => (
              <BackupRow
                key={backup.name}
                backup={backup}
                disabled={busy !== null}
                onRestore={restore}
              />
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
