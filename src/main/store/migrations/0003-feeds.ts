import type { Migration } from './types';

/** Feed subscriptions with HTTP validators (ETag / Last-Modified) and back-off state. */
export const feeds: Migration = {
  version: 3,
  name: 'feeds',
  up: `
    CREATE TABLE feeds (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL UNIQUE,
      title TEXT,
      interval_minutes INTEGER NOT NULL DEFAULT 15 CHECK (interval_minutes BETWEEN 1 AND 1440),
      etag TEXT,
      last_modified TEXT,
      last_checked_at TEXT,
      next_check_at TEXT NOT NULL,
      failures INTEGER NOT NULL DEFAULT 0,
      last_error TEXT,
      last_imported INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
