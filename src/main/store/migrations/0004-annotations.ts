import type { Migration } from './types';

/**
 * Fact-check annotations: the record lives here, the text holds only a MarkNode with its id.
 * Quote suggestions an editor dismissed are remembered so that they do not come back.
 */
export const annotations: Migration = {
  version: 4,
  name: 'annotations',
  up: `
    CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      type TEXT NOT NULL CHECK (type IN ('quote', 'claim', 'note')),
      status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'verified', 'disputed', 'false', 'needs-source')),
      speaker TEXT,
      source_name TEXT,
      source_url TEXT,
      quote TEXT NOT NULL,
      prefix TEXT NOT NULL DEFAULT '',
      suffix TEXT NOT NULL DEFAULT '',
      orphaned INTEGER NOT NULL DEFAULT 0,
      created_by TEXT,
      created_at TEXT NOT NULL,
      updated_by TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotations_story ON annotations(story_id);

    CREATE TABLE annotation_notes (
      id INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      author TEXT,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotation_notes_annotation ON annotation_notes(annotation_id);

    CREATE TABLE dismissed_quotes (
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      quote TEXT NOT NULL,
      dismissed_at TEXT NOT NULL,
      PRIMARY KEY (story_id, quote)
    ) STRICT, WITHOUT ROWID;

  `,
};
