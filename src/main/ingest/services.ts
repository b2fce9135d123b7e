import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { startBackupSchedule } from '../store/backup-schedule';
import { ArrivalNotices, type Arrival } from './arrival-notices';
import { FeedScheduler } from './feed-poller';
import { WatchController } from './watch-controller';

export interface RunningServices {
  stop(): Promise<void>;
}

/**
 * What a serving process (the desktop app, `edition serve`) keeps running besides answering
 * requests: the watched folder from the settings, the feed schedule and the daily backup.
 * Arrivals are pushed to open windows as `stories.changed`.
 */
export async function startIngestServices(
  ctx: HandlerContext,
  log: (line: string) => void,
): Promise<RunningServices> {
  const notices = new ArrivalNotices((notice) => ctx.emit('arrivals.notice', notice));
  const arrived = (reason: 'watch' | 'feed', report: ImportReport): void => {
    ctx.emit('stories.changed', changed(reason, report));
    notices.record(arrivals(ctx, report));
  };
  const watch = new WatchController(ctx, {
    onEvent: ({ report }) => arrived('watch', report),
    onError: (error) => log(`watch: ${error.message}`),
    // The Sources pane lists what the folder may not read, until it is read or gone.
    onUnreadable: () => ctx.emit('watch.changed', {}),
    onGone: () => ctx.emit('watch.changed', {}),
  });
  ctx.services.watch = watch;
  const saved = ctx.settings.read<string | null>('watchFolder', null);
  if (saved) {
    const state = await watch.follow(saved);
    if (state.error) log(state.error);
  }
  const feeds = new FeedScheduler(ctx, {
    onReport: (report) => arrived('feed', report),
    // The Sources pane shows when each feed was last checked, and why it failed.
    onChecked: (ids) => ctx.emit('feeds.checked', { ids }),
  });
  feeds.start();
  const backups = startBackupSchedule(ctx, log);
  return {
    stop: async () => {
      backups.stop();
      notices.stop();
      feeds.stop();
      await watch.stop();
    },
  };
}

/** New stories only: an update of a story already seen is not news to announce. */
function arrivals(ctx: HandlerContext, report: ImportReport): Arrival[] {
  if (report.imported.length === 0) return [];
  const urgency = ctx.stories.urgencies(report.imported.map((entry) => entry.id));
  return report.imported.map((entry) => ({
    id: entry.id,
    headline: entry.headline,
    urgency: urgency.get(entry.id) ?? null,
  }));
}

function changed(reason: 'watch' | 'feed', report: ImportReport) {
  return {
    reason,
    imported: report.imported.length,
    updated: report.updated.length,
    failed: report.failed.length,
    updatedIds: report.updated.map((entry) => entry.id),
  };
}
