import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { assertNotFromFuture, migrate } from './migrate';

export interface OpenOptions {
  /** Path to better-sqlite3's compiled addon; needed when running under Electron's ABI. */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) and migrates the store. WAL lets the CLI import while the app
 * reads; synchronous=NORMAL is durable across application crashes in WAL mode and loses at
 * most the last transactions on power loss, never consistency.
 */
export function openStore(file: string, options: OpenOptions = {}): Database.Database {
  if (file !== ':memory:') prepareLocation(file);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppError(
      'store_error',
      `Cannot open the database ${file}: ${(error as Error).message}`,
    );
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Before anything that writes (even switching to WAL rewrites the header).
    assertNotFromFuture(db);
    db.pragma('foreign_keys = ON');
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'store_error',
      `Cannot use the database ${file}: ${(error as Error).message}`,
    );
  }
}

function prepareLocation(file: string): void {
  const folder = dirname(file);
  try {
    if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new AppError(
      'store_error',
      `Cannot create the folder ${folder}: ${(error as Error).message}`,
    );
  }
  const target = existsSync(file) ? file : folder;
  try {
    accessSync(target, constants.R_OK | constants.W_OK);
  } catch {
    throw new AppError('store_error', `The database location ${target} is not writable.`);
  }
}
