import type { Migration } from './types';

/**
 * An item may go out as its summary alone: a story without a link to the site was printed in
 * full in the email, and a long one pushed the edition past Gmail's clip with no way to keep the
 * story and drop its text but to edit the story itself.
 */
export const itemShowBody: Migration = {
  version: 14,
  name: 'item-show-body',
  up: `
    ALTER TABLE digest_items ADD COLUMN show_body INTEGER NOT NULL DEFAULT 1;
  `,
};
