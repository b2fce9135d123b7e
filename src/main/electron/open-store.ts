import { dialog } from 'electron';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { listBackups, restoreBackupFile, setAside } from '../store/backup';
import { openStore } from '../store/db';

/**
 * Opens the store at start-up with a quick integrity check. A damaged file is never written
 * to: the editor chooses between the newest backup and a fresh database, and either way the
 * damaged file is kept aside (edition.db.damaged-<time>) for recovery. Null: quit.
 */
export function openOrRecover(dbPath: string): Database.Database | null {
  const open = () => openStore(dbPath, { checkIntegrity: true });
  try {
    return open();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'store_corrupt') {
      dialog.showErrorBox('Edition cannot open its database', (error as Error).message);
      return null;
    }
    const latest = listBackups(dbPath)[0];
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'The database is damaged',
      message: 'Edition’s database is damaged and was not changed.',
      detail: `${error.message}\n\n${
        latest
          ? `The newest backup is from ${new Date(latest.createdAt).toLocaleString()}.`
          : 'There is no backup of it.'
      } The damaged file will be kept beside it, renamed, whichever you choose.`,
      buttons: [latest ? 'Restore the newest backup' : 'Start with an empty database', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    try {
      if (latest) restoreBackupFile(dbPath, latest.path, 'damaged');
      else setAside(dbPath, 'damaged');
      return open();
    } catch (retryError) {
      dialog.showErrorBox('Edition cannot open its database', (retryError as Error).message);
      return null;
    }
  }
}
