import type { Migration } from './types';

/**
 * A revision made by restoring another says which one it restored: "restored" alone left the
 * editor comparing texts to find out what had been taken back.
 */
export const restoredFrom: Migration = {
  version: 13,
  name: 'restored-from',
  up: `
    ALTER TABLE story_revisions ADD COLUMN restored_from INTEGER;
  `,
};
