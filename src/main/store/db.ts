import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { assertNotFromFuture, migrate } from './migrate';
import { nativeBindingOption } from './native';

/** The compiled addon is chosen once per process (store/native.ts), not per connection. */
export interface OpenOptions {
  /**
   * Runs PRAGMA quick_check before anything else (the app and `edition serve` at start-up): a
   * damaged file is reported, never written to, so that its owner can restore a backup.
   */
  checkIntegrity?: boolean;
}

/**
 * Opens (creating if needed) and migrates the store. WAL lets the CLI import while the app
 * reads; synchronous=NORMAL is durable across application crashes in WAL mode and loses at
 * most the last transactions on power loss, never consistency.
 *
 * Write transactions are opened with `.immediate()`: a deferred one that reads first and
 * writes later cannot wait for another process's commit (SQLite answers "database is locked"
 * at once, since its snapshot went stale), while BEGIN IMMEDIATE waits on the busy timeout.
 */
export function openStore(file: string, options: OpenOptions = {}): Database.Database {
  if (file !== ':memory:') prepareLocation(file);
  let db: Database.Database;
  try {
    db = new Database(file, nativeBindingOption());
  } catch (error) {
    throw new AppError(
      'store_error',
      `Cannot open the database ${file}: ${(error as Error).message}`,
    );
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Before anything that writes (even switching to WAL rewrites the header).
    if (options.checkIntegrity && file !== ':memory:') assertIntact(db, file);
    assertNotFromFuture(db);
    assertEditionOrEmpty(db, file);
    db.pragma('foreign_keys = ON');
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // The log is copied back into the database (with a sync) once it holds this many pages
    // (40 MB) rather than SQLite's 1,000: an import rewrites the same full-text index pages
    // batch after batch, and each checkpoint copied and synced them again (a tenth of a
    // 10,000-file import's time). Readers are not slowed by a log of this size.
    if (file !== ':memory:') db.pragma('wal_autocheckpoint = 10000');
    db.pragma('synchronous = NORMAL');
    // Statement journals (every multi-row write inside a transaction: triggers, FTS) and
    // temporary sort tables live in memory rather than in temporary files.
    db.pragma('temp_store = MEMORY');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (isCorruption(error) && holdsText(file)) throw notADatabase(file);
    if (isCorruption(error)) throw corrupt(file, (error as Error).message);
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

function assertIntact(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map(
      (row) => row.quick_check,
    );
  } catch (error) {
    throw corrupt(file, (error as Error).message);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw corrupt(file, problems.join('; '));
}

/** SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged or is not a database at all. */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/**
 * A file that is text, not SQLite: a wrong --db path or EDITION_DB (a story, a note), not a
 * damaged store. Restoring a backup over it, as for damage, would replace that file; a store
 * whose first page was destroyed holds binary debris, not text.
 */
export function holdsText(file: string): boolean {
  const head = Buffer.alloc(4096);
  let length: number;
  try {
    const fd = openSync(file, 'r');
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const start = head.subarray(0, length);
  if (length === 0 || start.subarray(0, 16).toString('latin1') === 'SQLite format 3\0')
    return false;
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(start.toString('latin1'));
}

/**
 * Every Edition store has a schema version (migration 1 sets it with its tables): a SQLite file
 * with tables and no version is another program's database, reached by a wrong --db path or
 * EDITION_DB. Refused before anything writes to it (switching to WAL rewrites its header).
 */
function assertEditionOrEmpty(db: Database.Database, file: string): void {
  if (db.pragma('user_version', { simple: true }) !== 0) return;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4")
    .pluck()
    .all() as string[];
  if (tables.length === 0) return;
  throw new AppError(
    'store_error',
    `${file} is not an Edition database: it is another program's SQLite database (tables ${tables.join(', ')}). It has not been changed; check the --db path or EDITION_DB.`,
  );
}

/**
 * Refuses, untouched, a file that is another program's SQLite database (a mistyped --db) before
 * a restore writes over it. A file that cannot even be read as SQLite passes: a store damaged
 * past opening is what a restore is for.
 */
export function assertNotForeignDatabase(file: string): void {
  if (!existsSync(file)) return;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
  } catch {
    return;
  }
  try {
    assertEditionOrEmpty(db, file);
  } catch (error) {
    if (error instanceof AppError) throw error;
  } finally {
    db.close();
  }
}

export function notADatabase(file: string): AppError {
  return new AppError(
    'store_error',
    `${file} is not an Edition database: it holds text, not SQLite. It has not been changed; check the --db path or EDITION_DB.`,
  );
}

function corrupt(file: string, detail: string): AppError {
  return new AppError(
    'store_corrupt',
    `The database ${file} is damaged (${detail}). It has not been changed; restore a backup to go on.`,
  );
}
