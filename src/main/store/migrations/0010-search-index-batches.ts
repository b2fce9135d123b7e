import type { Migration } from './types';

const fold = (column: string) => `replace(replace(${column}, 'ё', 'е'), 'Ё', 'Е')`;

/** Stories from this id on are a batch being written: the batch indexes them itself. */
const PENDING = (id: string) =>
  `NOT EXISTS (SELECT 1 FROM search_index_pending WHERE first_id <= ${id})`;

/**
 * Full-text indexing a batch at a time. FTS5 writes its pending terms out at every statement
 * that writes it inside a transaction, so a trigger per inserted story left one tiny index
 * segment per story, merged over and over: half of an import's writing time. While an import
 * writes a batch, `search_index_pending` holds the batch's first story id (one row, only
 * inside that transaction); the triggers leave those stories alone and the batch indexes them
 * in one statement before it commits (store/search-index.ts). Everything else — edits,
 * restores, deletions, stories stored before the batch — is kept in step by the triggers as
 * before. The triggers are those of migration 0005 with that condition.
 */
export const searchIndexBatches: Migration = {
  version: 10,
  name: 'search-index-batches',
  up: `
    CREATE TABLE search_index_pending (first_id INTEGER NOT NULL) STRICT;

    DROP TRIGGER stories_fts_insert;
    DROP TRIGGER stories_fts_delete;
    DROP TRIGGER stories_fts_update;
    CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories WHEN ${PENDING('new.id')} BEGIN
      INSERT INTO stories_fts(rowid, headline, body_text)
        VALUES (new.id, ${fold('new.headline')}, ${fold('new.body_text')});
    END;
    CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories WHEN ${PENDING('old.id')} BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, ${fold('old.headline')}, ${fold('old.body_text')});
    END;
    CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, body_text ON stories
      WHEN ${PENDING('old.id')} BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, ${fold('old.headline')}, ${fold('old.body_text')});
      INSERT INTO stories_fts(rowid, headline, body_text)
        VALUES (new.id, ${fold('new.headline')}, ${fold('new.body_text')});
    END;
  `,
};
