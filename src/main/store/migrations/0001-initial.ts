import type { Migration } from './types';

/** Stories, their revisions, digests and their items, settings, and full-text search. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE stories (
      id INTEGER PRIMARY KEY,
      source TEXT,
      format TEXT NOT NULL,
      file_name TEXT,
      content_hash TEXT NOT NULL,
      headline TEXT NOT NULL,
      kicker TEXT,
      byline TEXT,
      dateline TEXT,
      language TEXT,
      story_date TEXT,
      wire_time TEXT,
      received_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL,
      revision INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX stories_content_hash ON stories(content_hash);
    CREATE INDEX stories_received ON stories(received_at DESC);

    CREATE TABLE story_revisions (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      headline TEXT NOT NULL,
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL,
      author TEXT,
      reason TEXT NOT NULL CHECK (reason IN ('import', 'edit', 'restore')),
      created_at TEXT NOT NULL,
      UNIQUE (story_id, number)
    ) STRICT;

    CREATE TABLE digests (
      id INTEGER PRIMARY KEY,
      date TEXT NOT NULL,
      title TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX digests_date ON digests(date DESC);

    CREATE TABLE digest_items (
      id INTEGER PRIMARY KEY,
      digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      UNIQUE (digest_id, story_id)
    ) STRICT;
    CREATE INDEX digest_items_order ON digest_items(digest_id, position);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE stories_fts USING fts5(
      headline, body_text,
      content='stories', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
      INSERT INTO stories_fts(rowid, headline, body_text) VALUES (new.id, new.headline, new.body_text);
    END;
    CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, old.headline, old.body_text);
    END;
    CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, body_text ON stories BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, old.headline, old.body_text);
      INSERT INTO stories_fts(rowid, headline, body_text) VALUES (new.id, new.headline, new.body_text);
    END;
  `,
};
