import { useRef, useState } from 'react';
import { InlineConfirm } from '@renderer/app/confirm/InlineConfirm';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/model';

/** One backup; restoring asks once more in place (no browser dialog), since it replaces everything. */
export function BackupRow({
  backup,
  disabled,
  onRestore,
}: {
  backup: BackupInfo;
  disabled: boolean;
  onRestore: (backup: BackupInfo) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const when = new Date(backup.createdAt).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <li
      className={confirming ? 'feed backup-row--confirming' : 'feed'}
      data-testid="backup-row"
      data-name={backup.name}
    >
      <div className="feed__text">
        <span className="feed__title">{when}</span>
        <span className="feed__meta">
          {t(`backups.kind.${backup.kind}`)} · {formatSize(backup.bytes)}
        </span>
      </div>
      {confirming ? (
        <InlineConfirm
          question={t('backups.confirm')}
          explain={t('backups.confirmText')}
          confirmLabel={t('backups.confirm')}
          cancelLabel={t('backups.cancel')}
          confirmTestId="backup-restore-confirm"
          cancelTestId="backup-restore-cancel"
          disabled={disabled}
          trigger={restoreButton}
          onConfirm={() => onRestore(backup)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="feed__actions">
          <button
            ref={restoreButton}
            type="button"
            className="button button--small"
            data-testid="backup-restore"
            disabled={disabled}
            onClick={() => setConfirming(true)}
          >
            {t('backups.restore')}
          </button>
        </div>
      )}
    </li>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
