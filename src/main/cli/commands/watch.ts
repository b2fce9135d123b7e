import { resolve } from 'node:path';
import { WatchedFolder } from '../../ingest/watch-folder';
import { AppError } from '../../../shared/errors';
import { ImportError } from '../../wire/types';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { claimServing } from '../../store/serving-lock';
import { reportCounts } from '../report-counts';

/** `edition watch <folder>`: imports files as they land, until Ctrl+C. */
export async function watchCommand(
  session: CliSession,
  out: Output,
  folderArg: string | undefined,
): Promise<number> {
  if (!folderArg) throw new Error('watch: name the folder to watch');
  const folder = resolve(folderArg);
  const watched = new WatchedFolder(session.ctx, folder, {
    onEvent: (event) => {
      const { report } = event;
      if (out.json) {
        process.stdout.write(
          `${JSON.stringify({ file: event.file, movedTo: event.movedTo, ...report })}\n`,
        );
        return;
      }
      const outcome = report.failed.length
        ? `FAILED: ${report.failed.map((entry) => entry.error).join('; ')}`
        : reportCounts(report, false);
      process.stdout.write(`${event.file}: ${outcome} → ${event.movedTo}\n`);
    },
    // A file it may not read stays in the folder (tried again); a folder is named by onError.
    onUnreadable: (failure) => {
      if (out.json)
        process.stdout.write(
          `${JSON.stringify({ file: failure.file, left: true, failed: [failure] })}\n`,
        );
      else if (!failure.error.startsWith('cannot read the folder'))
        process.stdout.write(`${failure.file}: ${failure.error}\n`);
    },
    onError: (error) => out.info(`watch: ${error.message}`),
  });
  await watched.start().catch((error: unknown) => {
    // A missing folder's message names it already; the others say "in it", as the app's
    // Sources pane does after "cannot watch <folder>:".
    if (error instanceof ImportError && error.reason?.key === 'notAFolder') throw error;
    const message = `watch: cannot watch ${folder}: ${(error as Error).message}`;
    // Another watcher holds the folder: a code a script can act on (wait, or stop that one).
    const key = error instanceof ImportError ? error.reason?.key : undefined;
    if (key === 'folderWatched' || key === 'folderWatchedElsewhere')
      throw new AppError('conflict', message);
    throw new Error(message, { cause: error });
  });
  // Importing into the database as the app does: a restore must not replace it underneath.
  const release = claimServing(session.dbPath);
  out.info(
    `Watching ${folder} (imported files go to done/, failures to failed/). Press Ctrl+C to stop.`,
  );
  await new Promise<void>((done) => {
    const stop = () => {
      out.info('Stopping: the file under way is finished; the others stay for the next watch.');
      void watched.stop().then(() => {
        release();
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
