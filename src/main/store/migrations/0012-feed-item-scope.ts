import type { Migration } from './types';

/**
 * A feed that moved for good (301, 308) is polled at its new address from then on, while its
 * items keep the identity they were stored under: bare guids stay scoped by the address the
 * subscription had when they came (`item_scope`; NULL while it has never moved: its `url`),
 * or every item would come in again as new after the move.
 */
export const feedItemScope: Migration = {
  version: 12,
  name: 'feed-item-scope',
  up: `
    ALTER TABLE feeds ADD COLUMN item_scope TEXT;
  `,
};
