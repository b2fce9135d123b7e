import type { Migration } from './types';

/**
 * The inbox's order takes a story's wire time only up to its latest arrival (updated_at: its
 * own, a wire update's, an editor's save): a story cannot be newer than the moment it last
 * reached the desk. An agency whose clock (or typist) is a year ahead sent a story that sat above
 * every later one until that year came; now it sits where it arrived, while a developing story's
 * update, wire-timed as it arrives, still rises with it. The order index of migration 0006 is
 * rebuilt on the new expression (store/story-listings.ts names it exactly), about half a second
 * at 100,000 stories, once.
 */
export const inboxOrderByArrivalAtLatest: Migration = {
  version: 17,
  name: 'inbox-order-by-arrival-at-latest',
  up: `
    DROP INDEX stories_inbox_order;
    CREATE INDEX stories_inbox_order
      ON stories(min(coalesce(wire_time, story_date, received_at), updated_at) DESC, id DESC,
                 similar_group);
  `,
};
