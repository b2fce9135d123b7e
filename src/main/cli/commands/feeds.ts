import type { FeedSubscription, ImportReport } from '../../../shared/model';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { assertMostArguments } from '../arguments';
import { parseId } from '../parse-id';
import { reportCounts } from '../report-counts';

/** `edition feeds list | add URL [--interval N] | remove ID | poll [ID]`. */
export async function feedsCommand(
  session: CliSession,
  out: Output,
  args: string[],
  options: { interval?: string },
): Promise<number> {
  const [verb, value] = args;
  // list takes nothing after it; add, remove and poll one address or id.
  assertMostArguments(`feeds ${verb ?? 'list'}`, args.slice(1), verb === 'list' ? 0 : 1);
  if (options.interval !== undefined && verb !== 'add')
    throw new Error(`feeds ${verb ?? 'list'} takes no --interval; run "edition help feeds"`);
  switch (verb ?? 'list') {
    case 'list': {
      const feeds = await session.call('feeds.list', {});
      out.data(feeds, () => (feeds.length ? feeds.map(feedLine).join('\n') : 'No feeds.'));
      return 0;
    }
    case 'add': {
      if (!value) throw new Error('feeds add: name the feed URL');
      const intervalMinutes =
        options.interval === undefined ? undefined : parseId(options.interval, '--interval');
      const feed = await session.call('feeds.add', { url: value, intervalMinutes });
      out.data(feed, () => `subscribed #${feed.id} ${feed.url} every ${feed.intervalMinutes} min`);
      return 0;
    }
    case 'remove': {
      const feeds = await session.call('feeds.remove', { id: parseId(value, 'feed id') });
      out.data(feeds, () => `removed; ${feeds.length} feeds left`);
      return 0;
    }
    case 'poll': {
      const report = await session.call(
        'feeds.poll',
        value === undefined ? {} : { id: parseId(value, 'feed id') },
      );
      out.data(report, () => reportLine(report));
      const tookSomething =
        report.imported.length + report.updated.length + report.duplicates.length > 0;
      if (report.failed.length === 0 || tookSomething) return 0;
      process.stderr.write(
        `edition: feeds: nothing taken in: ${report.failed.length} failed (each named in the report)\n`,
      );
      return 1;
    }
    default:
      throw new Error(
        verb
          ? `feeds: unknown sub-command "${verb}" (list, add, remove, poll)`
          : 'feeds: name a sub-command (list, add, remove, poll)',
      );
  }
}

function feedLine(feed: FeedSubscription): string {
  const state = feed.lastError
    ? `failing ×${feed.failures}: ${feed.lastError}`
    : feed.lastCheckedAt === null
      ? 'not polled yet'
      : `ok, ${feed.lastImported} new last time`;
  return `#${feed.id}\t${feed.url}\tevery ${feed.intervalMinutes} min\tnext ${feed.nextCheckAt}\t${state}`;
}

function reportLine(report: ImportReport): string {
  const failures = report.failed.map((entry) => `FAILED ${entry.file}: ${entry.error}`);
  return [...failures, reportCounts(report)].join('\n');
}
