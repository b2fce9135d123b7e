import type { Migration } from './types';

/**
 * The LSH bands without a foreign key to their story. An import writes 21 band rows per story,
 * and SQLite checked each row's story exists: 210,000 lookups for 10,000 files, two thirds of
 * the time the bands took (measured: 780 ms with the key, 200 ms without). Nothing is lost by
 * it: stories are never deleted by Edition, and a band left by a story deleted by hand finds
 * no story, or finds the story that later took its id, which is grouped only if its own stored
 * signature is alike (candidates are read joined to their story: store/similarity-repo.ts). Rebuilt
 * once, rows copied as they are (a year's archive, two million rows, in a few seconds).
 */
export const lshWithoutForeignKey: Migration = {
  version: 15,
  name: 'lsh-without-foreign-key',
  up: `
    CREATE TABLE story_lsh_new (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      story_id INTEGER NOT NULL,
      PRIMARY KEY (band, hash, story_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO story_lsh_new (band, hash, story_id) SELECT band, hash, story_id FROM story_lsh;
    DROP TABLE story_lsh;
    ALTER TABLE story_lsh_new RENAME TO story_lsh;
  `,
};
