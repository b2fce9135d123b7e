import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { RequestName, RequestOf, ResponseOf } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { createContext, type HandlerContext } from '../handlers/context';
import { callHandler } from '../handlers/dispatch';
import { listBackups } from '../store/backup';
import { openStore } from '../store/db';
import { resolveDbPath } from '../store/location';

/** The CLI's session with the store: the same handlers as the app, called in-process. */
export interface CliSession {
  dbPath: string;
  db: Database.Database;
  ctx: HandlerContext;
  call<K extends RequestName>(name: K, req: RequestOf<K>): Promise<ResponseOf<K>>;
  close(): void;
}

export function openSession(
  dbFlag: string | undefined,
  options: { checkIntegrity?: boolean; mustExist?: boolean } = {},
): CliSession {
  const dbPath = resolveDbPath(dbFlag);
  if (options.mustExist && !existsSync(dbPath))
    throw new AppError(
      'not_found',
      `There is no Edition store at ${dbPath}: check the --db path or EDITION_DB. A store is begun by "edition import", "watch", "serve", "digest create" or "feeds add".`,
    );
  const ctx = createContext(openWithAdvice(dbPath, options.checkIntegrity ?? false));
  // A serving process can swap in a restored backup (backups.restore).
  ctx.reopen = () => openStore(dbPath);
  return {
    dbPath,
    get db() {
      return ctx.db;
    },
    ctx,
    call: (name, req) => callHandler(ctx, name, req),
    close: () => ctx.db.close(),
  };
}

/** A damaged store's error also names the newest backup and the command that restores it. */
function openWithAdvice(dbPath: string, checkIntegrity: boolean): Database.Database {
  try {
    return openStore(dbPath, { checkIntegrity });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'store_corrupt') throw error;
    const latest = listBackups(dbPath)[0];
    const advice = latest
      ? ` The newest backup is ${latest.path} (${latest.createdAt}): run "edition restore ${latest.path}".`
      : ' There is no backup beside it.';
    throw new AppError('store_corrupt', error.message + advice);
  }
}
