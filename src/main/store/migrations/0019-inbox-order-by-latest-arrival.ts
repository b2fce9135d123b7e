import type { Migration } from './types';

/**
 * The inbox's order caps a story's wire time at its latest arrival (updated_at: its own, a wire
 * update's, an editor's save), not at its first (migration 0017 capped at received_at): a
 * developing story's update, wire-timed 10:00 and arriving then, sat below a story of 09:00 at
 * the first version's place. A clock a year ahead is still capped at when the copy came.
 */
export const inboxOrderByLatestArrival: Migration = {
  version: 19,
  name: 'inbox-order-by-latest-arrival',
  up: `
    DROP INDEX stories_inbox_order;
    CREATE INDEX stories_inbox_order
      ON stories(min(coalesce(wire_time, story_date, received_at), updated_at) DESC, id DESC,
                 similar_group);
  `,
};
