import type { Migration } from './types';

/**
 * A failing feed keeps why it failed as a reason (key and values, JSON) beside the English
 * message, as import failures carry one, so that the Sources pane says it in the interface's
 * language. Feeds that failed before keep their message only.
 */
export const feedErrorReasons: Migration = {
  version: 11,
  name: 'feed-error-reasons',
  up: `
    ALTER TABLE feeds ADD COLUMN last_error_reason TEXT CHECK (json_valid(last_error_reason));
  `,
};
