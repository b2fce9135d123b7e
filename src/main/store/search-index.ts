import type Database from 'better-sqlite3';
import { statementCache } from './statements';

/** Connections inside withSearchIndexDeferred now: a nested call runs under the outer mark. */
const deferring = new WeakSet<Database.Database>();
/** Each connection's statements, prepared once (an import runs these per batch). */
const caches = new WeakMap<Database.Database, (sql: string) => Database.Statement>();

function sql(db: Database.Database, text: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = statementCache(db)));
  return cache(text);
}

/**
 * Runs `write` (inside the caller's transaction) with full-text indexing of the stories it
 * inserts left to the end, then indexes them all in one statement: FTS5 then builds their
 * index in memory and writes it once, instead of a segment per story (see migration 0010).
 * The mark lives only inside the transaction and is cleared however `write` ends: what it
 * wrote before failing is indexed too, so a caller that catches the error and commits still
 * leaves the index in step, and a rollback takes mark and stories back together.
 */
export function withSearchIndexDeferred<T>(db: Database.Database, write: () => T): T {
  if (!db.inTransaction) throw new Error('withSearchIndexDeferred needs a transaction');
  if (deferring.has(db)) return write();
  // Rowids rise: every story the batch inserts has an id above the largest there is now.
  sql(
    db,
    'INSERT INTO search_index_pending (first_id) SELECT coalesce(max(id), 0) + 1 FROM stories',
  ).run();
  deferring.add(db);
  let finished = false;
  try {
    const result = write();
    indexPending(db);
    finished = true;
    return result;
  } finally {
    deferring.delete(db);
    if (!finished) indexPendingAfterFailure(db);
  }
}

function indexPending(db: Database.Database): void {
  sql(
    db,
    `INSERT INTO stories_fts (rowid, headline, body_text)
       SELECT id, headline, body_text FROM stories_search
       WHERE id >= (SELECT first_id FROM search_index_pending)`,
  ).run();
  sql(db, 'DELETE FROM search_index_pending').run();
}

/**
 * After `write` threw: index what it wrote and clear the mark, unless SQLite has already
 * rolled the transaction back (then both are gone). A failure here must not hide the first.
 */
function indexPendingAfterFailure(db: Database.Database): void {
  if (!db.inTransaction) return;
  try {
    indexPending(db);
  } catch {
    // The store refuses writes now; the caller's rollback takes the mark with it.
  }
}
