import type { Migration } from './types';

const fold = (column: string) => `replace(replace(${column}, 'ё', 'е'), 'Ё', 'Е')`;

/**
 * Editions: fields for the email and web edition, sections, per-item overrides, recorded
 * export overrides. Full-text search is rebuilt over a view that folds ё into е, so that
 * "Королев" finds "Королёв" (unicode61 folds case and diacritics, not ё).
 */
export const editions: Migration = {
  version: 5,
  name: 'editions',
  up: `
    ALTER TABLE digests ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    ALTER TABLE digests ADD COLUMN preheader TEXT NOT NULL DEFAULT '';
    ALTER TABLE digests ADD COLUMN intro_json TEXT;
    ALTER TABLE digests ADD COLUMN intro_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE digests ADD COLUMN signoff TEXT;
    ALTER TABLE digests ADD COLUMN timezone TEXT NOT NULL DEFAULT 'Europe/Sofia';
    ALTER TABLE digests ADD COLUMN close_time TEXT NOT NULL DEFAULT '07:00';
    ALTER TABLE digests ADD COLUMN language TEXT NOT NULL DEFAULT 'bg';
    -- Bumped on every change of order or fields: two windows on one edition detect each other.
    ALTER TABLE digests ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

    CREATE TABLE digest_sections (
      id INTEGER PRIMARY KEY,
      digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX digest_sections_order ON digest_sections(digest_id, position);

    -- NULL section: the edition's lead, above the first section.
    ALTER TABLE digest_items ADD COLUMN section_id INTEGER REFERENCES digest_sections(id) ON DELETE SET NULL;
    ALTER TABLE digest_items ADD COLUMN headline_override TEXT;
    ALTER TABLE digest_items ADD COLUMN summary_override TEXT;
    ALTER TABLE digest_items ADD COLUMN show_byline INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE digest_items ADD COLUMN show_source INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE digest_items ADD COLUMN show_image INTEGER NOT NULL DEFAULT 1;

    CREATE TABLE export_overrides (
      id INTEGER PRIMARY KEY,
      digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
      format TEXT NOT NULL,
      reason TEXT NOT NULL,
      author TEXT,
      findings_json TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    DROP TRIGGER stories_fts_insert;
    DROP TRIGGER stories_fts_delete;
    DROP TRIGGER stories_fts_update;
    DROP TABLE stories_fts;
    CREATE VIEW stories_search AS
      SELECT id, ${fold('headline')} AS headline, ${fold('body_text')} AS body_text FROM stories;
    CREATE VIRTUAL TABLE stories_fts USING fts5(
      headline, body_text,
      content='stories_search', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
      INSERT INTO stories_fts(rowid, headline, body_text)
        VALUES (new.id, ${fold('new.headline')}, ${fold('new.body_text')});
    END;
    CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, ${fold('old.headline')}, ${fold('old.body_text')});
    END;
    CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, body_text ON stories BEGIN
      INSERT INTO stories_fts(stories_fts, rowid, headline, body_text)
        VALUES ('delete', old.id, ${fold('old.headline')}, ${fold('old.body_text')});
      INSERT INTO stories_fts(rowid, headline, body_text)
        VALUES (new.id, ${fold('new.headline')}, ${fold('new.body_text')});
    END;
    INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
  `,
};
