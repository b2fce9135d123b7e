import type { Migration } from './types';

/**
 * The story's revision when an item's digest headline or summary was last written: a wire
 * update after it may have changed what they say (a magnitude of 4.1 corrected to 4.5), and
 * the pre-send checks say so. Null where there is no override, and for overrides written
 * before this column: their time is unknown, and no finding is made up for them.
 */
export const itemOverridesRevision: Migration = {
  version: 18,
  name: 'item-overrides-revision',
  up: `ALTER TABLE digest_items ADD COLUMN overrides_revision INTEGER;`,
};
