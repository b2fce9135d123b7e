import { isAbsolute } from 'node:path';
import type { FailureReason, ImportFailure, WatchFolderState } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { ImportError } from '../wire/types';
import { WatchedFolder, type WatchOptions } from './watch-folder';

/** How many of the latest failures the Sources pane lists. */
const RECENT_FAILURES = 5;

/** Runs at most one watched folder for a serving process, following the saved setting. */
export class WatchController {
  private current: WatchedFolder | null = null;
  private error: { message: string; reason: FailureReason | null } | null = null;
  /** Files moved to failed/ while this folder was followed, and the latest few of them. */
  private failedFiles = 0;
  private recentFailures: ImportFailure[] = [];
  private readonly options: WatchOptions;

  constructor(
    private readonly ctx: HandlerContext,
    options: WatchOptions = {},
  ) {
    // Failures are kept for the Sources pane: the files went to failed/, and nothing else in
    // the window would say so.
    this.options = {
      ...options,
      onEvent: (event) => {
        if (event.report.failed.length > 0) {
          this.failedFiles += 1;
          this.recentFailures = [...event.report.failed, ...this.recentFailures].slice(
            0,
            RECENT_FAILURES,
          );
        }
        options.onEvent?.(event);
      },
    };
  }

  state(): WatchFolderState {
    return {
      folder: this.ctx.settings.read<string | null>('watchFolder', null),
      active: this.current !== null,
      error: this.error?.message ?? null,
      errorReason: this.error?.reason ?? null,
      failedFiles: this.failedFiles,
      recentFailures: this.recentFailures,
      // The watched folder's own list: it alone knows when a file was read at last or removed.
      unreadable: this.current?.unreadableFiles() ?? [],
    };
  }

  async follow(folder: string | null): Promise<WatchFolderState> {
    await this.current?.stop();
    this.current = null;
    this.error = null;
    this.failedFiles = 0;
    this.recentFailures = [];
    if (folder && !isAbsolute(folder)) {
      // Relative to what? The serving process's working folder is nothing the editor sees.
      this.error = {
        message: `cannot watch ${folder}: give the folder's full path (/srv/wire, C:\\wire)`,
        reason: { key: 'folderNotAbsolute', values: { folder } },
      };
    } else if (folder) {
      const watched = new WatchedFolder(this.ctx, folder, this.options);
      try {
        await watched.start();
        this.current = watched;
      } catch (error) {
        this.error = {
          message: `cannot watch ${folder}: ${(error as Error).message}`,
          reason: error instanceof ImportError ? (error.reason ?? null) : null,
        };
      }
    }
    return this.state();
  }

  stop(): Promise<void> {
    return this.current?.stop() ?? Promise.resolve();
  }
}
