import type { Migration } from './types';

/**
 * What a year of wire (100,000 stories) needs to stay fast:
 * - the inbox's order as an index, so a page is read off it instead of sorting the archive;
 *   `id` and `similar_group` are in it so that folding near duplicates and skipping to an
 *   offset deep in the archive never read a story row;
 * - an edition window's time as an index, so the window reads its day and not the year;
 * - prefix indexes for 2, 3 and 4 letters in full-text search: every word an editor types is
 *   a prefix query, and without them the first letters ("пр", "пере") merge the lists of
 *   every word they begin (a quarter of a second for "пр" at 100,000 stories); longer
 *   beginnings are rarer and cheap. About 5% more file; the table is rebuilt for it (some
 *   20 s at 100,000 stories, once); the triggers of migration 0005 name it and keep it in
 *   step unchanged.
 */
export const archiveScale: Migration = {
  version: 6,
  name: 'archive-scale',
  up: `
    CREATE INDEX stories_inbox_order
      ON stories(coalesce(wire_time, story_date, received_at) DESC, id DESC, similar_group);
    CREATE INDEX stories_window_time ON stories(coalesce(wire_time, received_at));

    DROP TABLE stories_fts;
    CREATE VIRTUAL TABLE stories_fts USING fts5(
      headline, body_text,
      content='stories_search', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2',
      prefix='2 3 4'
    );
    INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
  `,
};
