import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { CommitField } from '@renderer/features/annotations/CommitField';
import { useRemote } from '@renderer/features/sources/useRemote';

const MIN_KEEP = 1;
const MAX_KEEP = 365;

const loadSettings = (): Promise<Settings> => call('settings.get', {});

/**
 * How many daily automatic backups to keep. Saved when the user is done with the field (Enter
 * or leaving it), never per keystroke: typing "14" must not store 1 on the way, since the next
 * backup prunes down to the stored number.
 */
export function BackupKeepField(): React.JSX.Element | null {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [settings, setSettings] = useRemote(loadSettings);

  if (settings.kind !== 'ready') return null;

  const validate = (text: string): string | null => {
    const count = Number(text);
    return Number.isInteger(count) && count >= MIN_KEEP && count <= MAX_KEEP
      ? null
      : t('backups.keepRange');
  };

  // An emptied field puts back the stored number: there is no "no limit".
  const commit = async (text: string | null): Promise<boolean> => {
    if (text === null) return false;
    try {
      setSettings(await call('settings.set', { backupKeep: Number(text) }));
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  return (
    <CommitField
      label={t('backups.keep')}
      value={String(settings.value.backupKeep)}
      testId="backup-keep"
      type="number"
      min={MIN_KEEP}
      max={MAX_KEEP}
      className="field backups-keep"
      small={false}
      validate={validate}
      onCommit={commit}
    />
  );
}
