import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

/** How many daily automatic backups to keep; saved as soon as a valid number is chosen. */
export function BackupKeepField(): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const id = useId();
  const [keep, setKeep] = useState<string>('');

  useEffect(() => {
    call('settings.get', {})
      .then((settings) => setKeep(String(settings.backupKeep)))
      .catch(reportError);
  }, [reportError]);

  const save = (value: string): void => {
    setKeep(value);
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > 365) return;
    call('settings.set', { backupKeep: count }).catch(reportError);
  };

  return (
    <div className="field backups-keep">
      <label htmlFor={id}>{t('backups.keep')}</label>
      <input
        id={id}
        className="input"
        type="number"
        min={1}
        max={365}
        data-testid="backup-keep"
        value={keep}
        onChange={(event) => save(event.target.value)}
      />
    </div>
  );
}
