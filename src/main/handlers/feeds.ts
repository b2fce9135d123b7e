import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { withFeedScheme } from '../../shared/feed-address';
import type { FeedSubscription, ImportReport } from '../../shared/model';
import { shownUrl } from '../ingest/feed-request';
import { pollDueFeeds, pollFeed } from '../ingest/feed-poller';
import { empty, id } from './schemas';
import type { Routes } from './types';

const feedUrl = z
  .string()
  .transform(withFeedScheme)
  .pipe(z.string().url('expected a full URL such as https://example.org/feed.xml'))
  .refine((value) => /^https?:\/\//i.test(value), 'only http and https feeds can be polled')
  // As a browser writes it (scheme and host in lower case, default port dropped): the same
  // feed typed twice is one subscription.
  .transform((value) => new URL(value).toString());

export const feedRoutes: Routes<'feeds.list' | 'feeds.add' | 'feeds.remove' | 'feeds.poll'> = {
  'feeds.list': {
    schema: empty,
    handle: (_req, ctx) => ctx.feeds.list().map(shown),
  },
  'feeds.add': {
    schema: z.object({
      url: feedUrl,
      intervalMinutes: z.number().int().min(1).max(1440).optional(),
    }),
    handle: (req, ctx) => {
      // One feed is one subscription, however its address is written (see feedAddressKey),
      // and whether it is the address it has now or the one it had before it moved for good.
      const taken = ctx.feeds.subscriptionOf(req.url);
      if (taken) throw new AppError('conflict', `Already subscribed to ${shownUrl(taken.url)}.`);
      const feedId = ctx.feeds.add(req.url, req.intervalMinutes ?? 15, ctx.now());
      return shown(ctx.feeds.get(feedId)!);
    },
  },
  'feeds.remove': {
    schema: z.object({ id }),
    handle: (req, ctx) => {
      if (!ctx.feeds.remove(req.id)) throw new AppError('not_found', `There is no feed ${req.id}.`);
      return ctx.feeds.list().map(shown);
    },
  },
  'feeds.poll': {
    schema: z.object({ id: id.optional() }),
    handle: async (req, ctx) => {
      if (req.id === undefined) return pollDueFeeds(ctx);
      if (!ctx.feeds.get(req.id)) throw new AppError('not_found', `There is no feed ${req.id}.`);
      const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
      await pollFeed(ctx, req.id, report);
      return report;
    },
  },
};

/** A subscription as answered: the URL's password (sent as Basic credentials) is not shown. */
function shown(feed: FeedSubscription): FeedSubscription {
  return { ...feed, url: shownUrl(feed.url) };
}
