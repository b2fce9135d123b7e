import type Database from 'better-sqlite3';

/**
 * Runs `write` (inside the caller's transaction) with full-text indexing of the stories it
 * inserts left to the end, then indexes them all in one statement: FTS5 then builds their
 * index in memory and writes it once, instead of a segment per story (see migration 0010).
 * The mark lives only inside the transaction: a failure rolls it back with the stories, and
 * no other connection ever sees it. A nested call runs `write` under the outer mark.
 */
export function withSearchIndexDeferred<T>(db: Database.Database, write: () => T): T {
  if (!db.inTransaction) throw new Error('withSearchIndexDeferred needs a transaction');
  if (db.prepare('SELECT 1 FROM search_index_pending').get()) return write();
  // Rowids rise: every story the batch inserts has an id above the largest there is now.
  db.prepare(
    'INSERT INTO search_index_pending (first_id) SELECT coalesce(max(id), 0) + 1 FROM stories',
  ).run();
  const result = write();
  db.prepare(
    `INSERT INTO stories_fts (rowid, headline, body_text)
       SELECT id, headline, body_text FROM stories_search
       WHERE id >= (SELECT first_id FROM search_index_pending)`,
  ).run();
  db.prepare('DELETE FROM search_index_pending').run();
  return result;
}
