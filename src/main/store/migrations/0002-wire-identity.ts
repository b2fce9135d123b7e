import type { Migration } from './types';

/**
 * Wire identity and versions, status flags, media and quotes from the wire, and near-duplicate
 * grouping (MinHash signature + LSH band table). story_revisions is rebuilt because its CHECK
 * must admit a new reason, 'wire-update', and SQLite cannot alter a CHECK in place.
 */
export const wireIdentity: Migration = {
  version: 2,
  name: 'wire-identity',
  up: `
    ALTER TABLE stories ADD COLUMN wire_id TEXT;
    ALTER TABLE stories ADD COLUMN wire_version INTEGER;
    ALTER TABLE stories ADD COLUMN pub_status TEXT CHECK (pub_status IN ('usable', 'withheld', 'canceled'));
    ALTER TABLE stories ADD COLUMN embargo_until TEXT;
    ALTER TABLE stories ADD COLUMN urgency INTEGER;
    ALTER TABLE stories ADD COLUMN slugline TEXT;
    ALTER TABLE stories ADD COLUMN summary TEXT;
    ALTER TABLE stories ADD COLUMN link TEXT;
    ALTER TABLE stories ADD COLUMN ed_note TEXT;
    ALTER TABLE stories ADD COLUMN charset TEXT;
    ALTER TABLE stories ADD COLUMN subjects_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE stories ADD COLUMN media_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE stories ADD COLUMN wire_quotes_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE stories ADD COLUMN package_json TEXT;
    -- 1 once an editor saved a change; a later wire version must then not overwrite silently.
    ALTER TABLE stories ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
    -- 1 when a newer wire version arrived over an editor's edits (kept as a revision).
    ALTER TABLE stories ADD COLUMN wire_conflict INTEGER NOT NULL DEFAULT 0;
    -- The id of the first story of its near-duplicate group; NULL when it has no near duplicate.
    ALTER TABLE stories ADD COLUMN similar_group INTEGER;
    ALTER TABLE stories ADD COLUMN minhash BLOB;

    CREATE UNIQUE INDEX stories_wire_id ON stories(wire_id) WHERE wire_id IS NOT NULL;
    CREATE INDEX stories_similar_group ON stories(similar_group) WHERE similar_group IS NOT NULL;

    CREATE TABLE story_lsh (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, story_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE story_revisions_new (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      headline TEXT NOT NULL,
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL,
      author TEXT,
      reason TEXT NOT NULL CHECK (reason IN ('import', 'edit', 'restore', 'wire-update')),
      wire_version INTEGER,
      created_at TEXT NOT NULL,
      UNIQUE (story_id, number)
    ) STRICT;
    INSERT INTO story_revisions_new (id, story_id, number, headline, body_json, body_text, author, reason, created_at)
      SELECT id, story_id, number, headline, body_json, body_text, author, reason, created_at FROM story_revisions;
    DROP TABLE story_revisions;
    ALTER TABLE story_revisions_new RENAME TO story_revisions;
  `,
};
