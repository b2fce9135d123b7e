import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../shared/model';
import { AppError } from '../../shared/errors';
import { assertNotForeignDatabase, holdsText, notADatabase } from './db';
import { LATEST_VERSION } from './migrations';
import { nativeBindingOption } from './native';

/** Backups live beside the database, so that moving the folder moves them too. */
export function backupFolder(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * A backup's name: the store's own name, the time, the kind. Stores that share a folder (one per
 * desk in one folder) share `backups/`, and each lists, schedules and prunes only its own; the
 * default store, edition.db, names its backups as every version before did.
 */
const NAME = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(auto|manual)\.db$/;

/** The name every backup had before backups were named after their store. */
const LEGACY_STEM = 'edition';

/** No other database file (*.db) beside the store: the folder's old backups are its own. */
function onlyStoreInFolder(dbPath: string): boolean {
  const name = basename(dbPath);
  return !readdirSync(dirname(dbPath)).some((other) => other !== name && other.endsWith('.db'));
}

/** The store's file name without its extension: "alpha" for alpha.db. */
function storeStem(dbPath: string): string {
  const name = basename(dbPath);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Copies the open database with SQLite's online backup API: a consistent snapshot even while
 * the app keeps writing (pages changed meanwhile are copied again), unlike copying the file
 * and its WAL by hand.
 */
export async function createBackup(
  db: Database.Database,
  options: { kind: BackupKind; out?: string; now?: Date },
): Promise<BackupInfo> {
  const now = options.now ?? new Date();
  const target = options.out ?? join(backupFolder(db.name), backupName(db.name, now, options.kind));
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target))
    throw new AppError(
      'conflict',
      statSync(target).isDirectory()
        ? `${target} is a folder: give the backup a file name in it.`
        : `The backup ${target} already exists.`,
    );
  try {
    await db.backup(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw new AppError(
      'store_error',
      `Cannot write the backup ${target}: ${(error as Error).message}`,
    );
  }
  return describe(target, options.kind, now.toISOString());
}

/** The automatic and manual backups of a database (not those of others beside it), newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const folder = backupFolder(dbPath);
  if (!existsSync(folder)) return [];
  const stem = storeStem(dbPath);
  // Versions before named every store's backups "edition-…": a store's own when it is the
  // default edition.db, or when it is the only store in its folder (with two, whose they are
  // cannot be told, and neither lists another's backups as its own to restore).
  const legacyOwn = stem === LEGACY_STEM || onlyStoreInFolder(dbPath);
  const found: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const match = NAME.exec(name);
    if (!match || (match[1] !== stem && !(match[1] === LEGACY_STEM && legacyOwn))) continue;
    const [, , day, hh, mm, ss, ms, kind] = match;
    const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
    found.push(describe(join(folder, name), kind as BackupKind, createdAt));
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Keeps the newest `keep` automatic backups; manual ones are the editor's to delete, and so are
 * those named as before (`edition-…` of a store of another name), which may be another store's.
 */
export function pruneBackups(dbPath: string, keep: number): string[] {
  const own = `${storeStem(dbPath)}-`;
  const automatic = listBackups(dbPath).filter(
    (backup) => backup.kind === 'auto' && backup.name.startsWith(own),
  );
  const removed = automatic.slice(Math.max(keep, 1)).map((backup) => backup.path);
  for (const path of removed) rmSync(path, { force: true });
  return removed;
}

/**
 * Refuses a file that is not a whole Edition database this version can open: not SQLite, damaged
 * (quick_check), or from a newer schema. Opened read-only, so checking never changes it.
 */
export function verifyBackup(file: string): { stories: number; schema: number } {
  if (!existsSync(file)) throw new AppError('not_found', `The backup ${file} does not exist.`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...nativeBindingOption(),
    });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`it is damaged (${String(check)})`);
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema > LATEST_VERSION)
      throw new Error(`it was written by a newer Edition (schema ${schema})`);
    const hasStories = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'")
      .get();
    if (!hasStories) throw new Error('it is not an Edition database (no stories table)');
    const { count } = db.prepare('SELECT count(*) AS count FROM stories').get() as {
      count: number;
    };
    return { stories: count, schema };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('store_error', `Cannot restore from ${file}: ${(error as Error).message}.`);
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in the place of the (closed) database at `dbPath`. The current file, with its
 * WAL, is kept aside under `<name>.<reason>-<time>` rather than deleted: a restore, like a
 * damaged database, must never destroy what was there. Returns where the old file went and
 * how many stories the restored store holds (read by the check that vets the backup).
 */
export function restoreBackupFile(
  dbPath: string,
  backupFile: string,
  reason: 'before-restore' | 'damaged' = 'before-restore',
  now = new Date(),
): { keptAside: string | null; stories: number } {
  const { stories } = verifyBackup(backupFile);
  assertReplaceable(dbPath);
  // Restoring to a new place (a new machine, another desk's folder) makes the folder.
  mkdirSync(dirname(dbPath), { recursive: true });
  const staging = `${dbPath}.restoring`;
  rmSync(staging, { force: true });
  const source = new Database(backupFile, {
    readonly: true,
    fileMustExist: true,
    ...nativeBindingOption(),
  });
  try {
    // The backup API again, not a file copy: the source may itself be a WAL database.
    copySync(source, staging);
  } finally {
    source.close();
  }
  const keptAside = setAside(dbPath, reason, now);
  renameSync(staging, dbPath);
  return { keptAside, stories };
}

/**
 * What a restore may write over: nothing, an Edition store (however damaged), or text where a
 * store with backups was (overwritten by mistake). Text where no store ever was backed up, or
 * another program's database, is a mistyped --db: refused, and left as it was.
 */
function assertReplaceable(dbPath: string): void {
  if (!existsSync(dbPath)) return;
  if (holdsText(dbPath) && listBackups(dbPath).length === 0) throw notADatabase(dbPath);
  assertNotForeignDatabase(dbPath);
}

/** Moves a database and its WAL/SHM files out of the way; null when there was none. */
export function setAside(dbPath: string, reason: string, now = new Date()): string | null {
  if (!existsSync(dbPath)) return null;
  const aside = `${dbPath}.${reason}-${stamp(now)}`;
  renameSync(dbPath, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(dbPath + suffix)) continue;
    if (suffix === '-shm') rmSync(dbPath + suffix, { force: true });
    else renameSync(dbPath + suffix, aside + suffix);
  }
  return aside;
}

function copySync(source: Database.Database, target: string): void {
  // better-sqlite3's backup() is asynchronous; VACUUM INTO gives the same consistent copy
  // synchronously, which a restore at start-up (before any window exists) needs.
  source.prepare('VACUUM INTO ?').run(target);
}

function describe(path: string, kind: BackupKind, createdAt: string): BackupInfo {
  return { name: basename(path), path, kind, createdAt, bytes: statSync(path).size };
}

function backupName(dbPath: string, now: Date, kind: BackupKind): string {
  return `${storeStem(dbPath)}-${stamp(now)}-${kind}.db`;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '');
}
