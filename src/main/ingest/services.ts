import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { startBackupSchedule } from '../store/backup-schedule';
import { ChangesElsewhere, type ChangesSeen } from '../store/changes-elsewhere';
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
  const elsewhere = followChangesElsewhere(ctx);
  return {
    stop: async () => {
      elsewhere.stop();
      backups.stop();
      notices.stop();
      feeds.stop();
      await watch.stop();
    },
  };
}

/** How often a serving process looks for changes another process made to its store. */
export const CHANGES_ELSEWHERE_MS = 1500;

/**
 * Pushes what another process changed in the store (the command line from cron or by hand, a
 * second app on the file) as this process's own changes are pushed, so that an open window
 * shows the stories, wire updates and editions it brought without being reloaded or refocused.
 * A look costs one PRAGMA when nothing changed. After a restore the store is another
 * connection: it is followed from then on.
 */
export function followChangesElsewhere(
  ctx: HandlerContext,
  everyMs = CHANGES_ELSEWHERE_MS,
): { stop(): void } {
  let changes = new ChangesElsewhere(ctx.db);
  const timer = setInterval(() => {
    if (changes.db !== ctx.db) changes = new ChangesElsewhere(ctx.db);
    let seen: ChangesSeen | null;
    try {
      seen = changes.look();
    } catch {
      return; // the store is being swapped or closed: the next look sees the new one
    }
    if (!seen) return;
    if (seen.newStories > 0 || seen.wireUpdated.length > 0)
      ctx.emit('stories.changed', {
        reason: 'elsewhere',
        imported: seen.newStories,
        updated: seen.wireUpdated.length,
        failed: 0,
        updatedIds: seen.wireUpdated,
      });
    for (const saved of seen.saved) ctx.emit('story.saved', saved);
    for (const digest of seen.digests) ctx.emit('digests.changed', digest);
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
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
