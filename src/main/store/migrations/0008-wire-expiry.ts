import type { Migration } from './types';

/**
 * When the wire says a story may no longer be used (NITF date.expire, ninjs expires): the
 * agency's permission ends then. Kept beside the embargo, which says when it begins.
 */
export const wireExpiry: Migration = {
  version: 8,
  name: 'wire-expiry',
  up: `
    ALTER TABLE stories ADD COLUMN expires_at TEXT;
  `,
};
