import type Database from 'better-sqlite3';
import type { RequestName, RequestOf, ResponseOf } from '../../shared/api';
import { unwrap } from '../../shared/errors';
import { createContext, type HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
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

export function openSession(dbFlag: string | undefined): CliSession {
  const dbPath = resolveDbPath(dbFlag);
  const db = openStore(dbPath);
  const ctx = createContext(db);
  return {
    dbPath,
    db,
    ctx,
    call: async (name, req) => unwrap(await dispatch(ctx, name, req)) as ResponseOf<typeof name>,
    close: () => db.close(),
  };
}
