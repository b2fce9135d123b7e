import type { Migration } from './types';

/**
 * Which editing session wrote a revision, and when that session's current run of saves began:
 * the autosaves of one editor within a few minutes fold into one revision (stories-repo.ts),
 * instead of a full copy of the story every two seconds of typing. Older revisions have
 * neither and are never folded into.
 */
export const revisionSessions: Migration = {
  version: 7,
  name: 'revision-sessions',
  up: `
    ALTER TABLE story_revisions ADD COLUMN session TEXT;
    ALTER TABLE story_revisions ADD COLUMN session_started_at TEXT;
  `,
};
