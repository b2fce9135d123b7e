import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Brings the schema up to date. Each pending migration and its PRAGMA user_version bump run in
 * one transaction, so a crash leaves the database at a whole version. A database written by a
 * newer Edition is refused before anything is changed.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  assertRising(migrations);
  const current = assertNotFromFuture(db, migrations);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws, changing nothing, if the database's schema is newer than this code knows. */
export function assertNotFromFuture(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'store_error',
      `The database ${db.name} was written by a newer Edition (schema ${current}; this version knows up to ${latest}). It was not changed.`,
    );
  }
  return current;
}

function assertRising(migrations: readonly Migration[]): void {
  migrations.reduce((previous, migration) => {
    if (migration.version <= previous) {
      throw new Error(
        `Migration ${migration.name} (${migration.version}) does not rise above ${previous}`,
      );
    }
    return migration.version;
  }, 0);
}
