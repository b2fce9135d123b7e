import { lstat, mkdir, open, readdir, rename, rmdir, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ImportFailure, ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { claimWatch } from './watch-claim';
import { ImportError } from '../wire/types';
import { fsFailure, readWireFile } from './read-from-disk';
import { ingestFile } from './ingest-file';
import { settled } from './settled';
import { freeName, onDisk, stateOf, undecodableNames } from './drop-folder-files';

export const DONE_FOLDER = 'done';
export const FAILED_FOLDER = 'failed';

export interface WatchEvent {
  file: string;
  movedTo: string;
  report: ImportReport;
}

export interface WatchOptions {
  /** How long a file's size must stay unchanged before it counts as fully written. */
  stableMs?: number;
  /**
   * How long a file that failed must then stand unchanged before it goes to failed/ (5 ×
   * `stableMs` unless said): a writer that paused past `stableMs` is still writing it.
   */
  recheckMs?: number;
  /** How long to wait before trying again a file the store was too busy to take. */
  busyRetryMs?: number;
  onEvent?: (event: WatchEvent) => void;
  onError?: (error: Error) => void;
  /**
   * A file or folder in it that it may not read (permissions), named by its full path; a file
   * stays in the folder and is tried again. Said once until it is read.
   */
  onUnreadable?: (failure: ImportFailure) => void;
  /** A file or folder once named by onUnreadable is gone (removed or moved away by hand). */
  onGone?: (path: string) => void;
  /** How files are opened: fs's own, or a stand-in that fails as a disk can (tests). */
  openFile?: typeof open;
}

/**
 * A hot folder: every file that lands in it (and every file already there) is imported once
 * its writer has finished, then moved to done/ — or to failed/ with a `.error.txt` beside it
 * that says why. A folder dropped in is read too (its files go to done/ and failed/ like the
 * others, a few levels deep); done/ and failed/ themselves are never re-read.
 * A file the store was too busy to take (another Edition writing for longer than the busy
 * timeout) stays where it is and is tried again: a lock is no fault of the file.
 */
export class WatchedFolder {
  private watcher: FSWatcher | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private stopping = false;
  /** Files and folders it may not read, by path, already said: tried again quietly. */
  private readonly unreadable = new Map<string, ImportFailure>();
  /** Files that failed, waiting to show they are not still being written: their events wait. */
  private readonly rechecking = new Set<string>();
  /** How long a file's size, or an emptied folder, must stay unchanged (see WatchOptions). */
  private stableMs = 2000;
  /**
   * Folders that appeared while it watched (dropped in): only these are removed once emptied.
   * A folder there from the start may be a standing one (an agency's upload folder).
   */
  private readonly dropped = new Set<string>();
  /** The one pending look at each emptied folder. */
  private readonly tidying = new Map<string, ReturnType<typeof setTimeout>>();
  /** The folder as an absolute path, the form the watcher gives paths in. */
  readonly folder: string;
  /** Gives up this watcher's claim on the folder (watch-claim.ts). */
  private release: (() => void) | null = null;

  constructor(
    private readonly ctx: HandlerContext,
    folder: string,
    private readonly options: WatchOptions = {},
  ) {
    this.folder = resolve(folder);
  }

  async start(): Promise<void> {
    this.stopping = false;
    // Every file in a watched folder is imported and moved: never the home folder or a drive's
    // root ("~" typed alone), whose files are the user's own, not an agency's drops.
    if (this.folder === resolve(homedir()) || this.folder === parse(this.folder).root) {
      throw new ImportError(
        `${this.folder} is the home folder or a drive's root: every file in it would be imported and moved; choose a folder of its own`,
        { key: 'folderTooBroad', values: { folder: this.folder } },
      );
    }
    // A mistyped path must not quietly become a new, forever-empty folder.
    const info = await stat(this.folder).catch(() => null);
    if (!info?.isDirectory()) {
      throw new ImportError(`${this.folder} is not an existing folder`, {
        key: 'notAFolder',
        values: { folder: this.folder },
      });
    }
    // done/ and failed/ first: a folder it may not write is said in their plain words.
    for (const name of [DONE_FOLDER, FAILED_FOLDER]) await this.makeOutcomeFolder(name);
    this.release = claimWatch(this.folder);
    // chokidar's own default: a copy over the network or FTP pauses for a second at times.
    const stableMs = this.options.stableMs ?? 2000;
    this.stableMs = stableMs;
    const pollMs = Math.max(50, Math.floor(stableMs / 5));
    const outcomes = [join(this.folder, DONE_FOLDER), join(this.folder, FAILED_FOLDER)];
    this.watcher = watch(this.folder, {
      depth: DROPPED_FOLDER_DEPTH,
      // A folder dropped in as a link is not gone into: what it leads to (a home folder, a
      // share) is not the drop folder's to read, move or remove. The link itself is taken as
      // a file: a link to a file is read, a link to a folder fails as one, and moving it moves
      // the link, not what it points to.
      followSymlinks: false,
      ignoreInitial: false,
      ignored: (path, stats) =>
        (path !== this.folder && IN_TRANSIT.test(basename(path))) ||
        outcomes.includes(path) ||
        (stats !== undefined && !stats.isFile() && !stats.isDirectory() && !stats.isSymbolicLink()),
      awaitWriteFinish: {
        stabilityThreshold: stableMs,
        pollInterval: pollMs,
      },
    });
    // Every file is moved away once taken, so a 'change' can only be a new file under a name
    // just used (written before the watcher saw the old one leave). take() skips a path that
    // is already gone, so an add and a change for the same arrival import it once.
    const recheckMs = this.options.recheckMs ?? stableMs * 5;
    const arrive = (path: string, tries = 0, failedAs?: string) => {
      // One file at a time: imports share one database connection and keep arrival order.
      this.queue = this.queue
        .then(() => this.take(path, tries, failedAs))
        .then((next) => {
          if (next === 'busy' && !this.stopping) {
            const retry = setTimeout(() => {
              this.retries.delete(retry);
              arrive(path, tries + 1);
            }, this.busyRetryMs());
            retry.unref?.();
            this.retries.add(retry);
          } else if (next !== null && next !== 'busy') {
            // Failed: taken again once it has stood still for the longer window, outside the
            // queue so that the files behind it are not held up meanwhile.
            this.rechecking.add(path);
            void settled(next.onDisk, recheckMs, pollMs, () => this.stopping).then((done) => {
              this.rechecking.delete(path);
              if (done) arrive(path, 0, next.failedAs);
            });
          }
        })
        .catch((error: Error) => this.options.onError?.(error));
    };
    // chokidar waits for a writer to finish only once it has looked at the folder ('ready'):
    // files found by that first look, and names it cannot see, are waited for here.
    let ready = false;
    const arriveSettled = (path: string) => {
      void settled(path, stableMs, pollMs, () => this.stopping).then((done) => {
        if (done) arrive(path);
      });
    };
    // A file waiting to be checked again is taken by that check, once it stands still.
    const landed = (path: string) => {
      if (this.rechecking.has(path)) return;
      if (ready) arrive(path);
      else arriveSettled(path);
    };
    this.watcher.on('add', landed);
    this.watcher.on('change', landed);
    this.watcher.on('error', (error) => this.watchError(error as NodeJS.ErrnoException));
    // Someone removed by hand a file or folder it may not read: no longer one to name.
    this.watcher.on('unlink', (path) => this.gone(path));
    this.watcher.on('unlinkDir', (path) => {
      this.dropped.delete(path);
      this.gone(path);
    });
    this.watcher.on('addDir', (path) => {
      if (ready && path !== this.folder) this.dropped.add(path);
      // chokidar names the folders one level below the deepest it reads, and no file in them.
      if (relative(this.folder, path).split(sep).length > DROPPED_FOLDER_DEPTH)
        this.markUnreadable({
          file: path,
          error: `more than ${DROPPED_FOLDER_DEPTH} folders down: its files are not read (move them up)`,
          reason: { key: 'folderTooDeep', values: { depth: DROPPED_FOLDER_DEPTH } },
        });
    });
    // chokidar cannot stat a name that is not UTF-8 and says nothing of it: such files are
    // looked for when the folder changes, once a write has had time to finish.
    const undecodable = (): void => {
      void undecodableNames(this.folder).then((paths) => paths.forEach(arriveSettled));
    };
    this.watcher.on('raw', (_event, path) => {
      if (this.stopping || !String(path).includes('\ufffd')) return;
      const later = setTimeout(() => {
        this.retries.delete(later);
        undecodable();
      }, stableMs);
      later.unref?.();
      this.retries.add(later);
    });
    await new Promise<void>((resolve) =>
      this.watcher!.once('ready', () => {
        ready = true;
        resolve();
      }),
    );
    undecodable();
  }

  async stop(): Promise<void> {
    // A file waiting for a busy store, or queued behind the one being imported, stays in the
    // folder for whoever watches it next: no retry is set from now on, and no take starts.
    this.stopping = true;
    for (const retry of this.retries) clearTimeout(retry);
    this.retries.clear();
    for (const look of this.tidying.values()) clearTimeout(look);
    this.tidying.clear();
    await this.watcher?.close();
    this.watcher = null;
    await this.queue;
    this.release?.();
    this.release = null;
  }

  /**
   * What the watcher could not do, in plain words: a folder it may not list (chokidar passes
   * on fs's "EACCES: permission denied, scandir …") is named as the folder it is.
   */
  private watchError(error: NodeJS.ErrnoException): void {
    const code = error.code;
    if ((code === 'EACCES' || code === 'EPERM') && error.path) {
      const failure = fsFailure(error);
      this.markUnreadable({
        file: error.path,
        error: `cannot read the folder: ${failure.error}`,
        ...(failure.reason && { reason: failure.reason }),
      });
      this.options.onError?.(new Error(`cannot read the folder ${error.path}: ${failure.error}`));
      return;
    }
    this.options.onError?.(error);
  }

  /** The files and folders in it that it may not read, as last said. */
  unreadableFiles(): ImportFailure[] {
    return [...this.unreadable.values()];
  }

  private markUnreadable(failure: ImportFailure): void {
    this.unreadable.set(failure.file, failure);
    this.options.onUnreadable?.(failure);
  }

  /** A path it named as unreadable is no longer there: said once. */
  private gone(path: string): void {
    if (this.unreadable.delete(path)) this.options.onGone?.(path);
  }

  /** Makes done/ or failed/, or says why it cannot: a file under that name is a common cause. */
  private async makeOutcomeFolder(name: string): Promise<void> {
    try {
      await mkdir(join(this.folder, name), { recursive: true });
      if (!(await isRealFolder(join(this.folder, name))))
        throw Object.assign(new Error(`${name}/ is a link, not a folder`), { code: 'ELINK' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const detail =
        code === 'EEXIST'
          ? `${name} is a file, not a folder`
          : code === 'ELINK'
            ? (error as Error).message
            : fsFailure(error).error;
      throw new ImportError(`cannot make done/ and failed/ in it: ${detail}`, {
        key: 'watchSubfolders',
        values: { detail },
      });
    }
  }

  /** Resolves when every file queued so far (past its settling wait) has been imported and moved. */
  idle(): Promise<void> {
    return this.queue;
  }

  private busyRetryMs(): number {
    return this.options.busyRetryMs ?? 5000;
  }

  /**
   * Imports and moves one file. Answers 'busy' when the store was busy (or the file may not be
   * read) and it should be tried again; where it failed for the first time in the state it is
   * in (`failedAs`: the size and time of the reading that failed before), that state, to be
   * checked again: it is left in the folder until it has stood still for the longer window.
   */
  private async take(
    watchedPath: string,
    tries: number,
    failedAs?: string,
  ): Promise<'busy' | { onDisk: string | Buffer; failedAs: string } | null> {
    // Stopped (Ctrl+C, another folder chosen): the file under way is finished, the ones queued
    // behind it stay in the folder for the next watch, instead of the whole backlog first.
    if (this.stopping) return null;
    const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    const { path, name } = await onDisk(watchedPath);
    // Before the reading: a write after it makes the file differ from what failed, never the
    // other way round.
    const before = await stateOf(path);
    const read = await readWireFile(path, this.options.openFile);
    // Gone before we got to it (moved by someone else).
    if (!read.ok && read.gone) {
      this.gone(watchedPath);
      return null;
    }
    // Not the file's fault, and not to be lost in failed/ unread: it stays, said once, and is
    // tried again (its permissions may be put right while it is watched).
    if (!read.ok && read.reason?.key === 'permission') {
      if (!this.unreadable.has(watchedPath))
        this.markUnreadable({
          file: watchedPath,
          error: `cannot be read: ${read.error} (left in the folder until it can be)`,
          reason: read.reason,
        });
      return 'busy';
    }
    this.unreadable.delete(watchedPath);
    if (read.ok) await ingestFile(this.ctx, name, read.bytes, report);
    else report.failed.push({ file: name, error: read.error, reason: read.reason });
    const failed = report.failed.length > 0;
    const busy = failed && report.failed.every((entry) => entry.reason?.key === 'storeBusy');
    if (busy && tries < MAX_BUSY_TRIES) return 'busy';
    // A file whose writer paused longer than the stable window fails as half a file: it goes
    // to failed/ only once it has stood unchanged since, and still fails.
    if (failed && !busy && before !== null && before !== failedAs)
      return { onDisk: path, failedAs: before };
    // Recreated if someone tidied it away while the folder was watched.
    const outcome = failed ? FAILED_FOLDER : DONE_FOLDER;
    const into = join(this.folder, outcome);
    await mkdir(into, { recursive: true });
    if (!(await isRealFolder(into))) {
      // Made a link to elsewhere by whoever may write here: moving through it would put their
      // file (its name and bytes) wherever the link leads. The file stays where it landed.
      this.options.onError?.(
        new Error(`${outcome}/ in ${this.folder} is a link, not a folder: ${name} is left there`),
      );
      return null;
    }
    const target = await freeName(into, name, failed ? [NOTE_SUFFIX] : []);
    await rename(path, target);
    if (failed)
      // 'wx': never through a link or over a file that took the name meanwhile.
      await writeFile(
        `${target}${NOTE_SUFFIX}`,
        `${report.failed.map((entry) => entry.error).join('\n')}\n`,
        { flag: 'wx' },
      );
    this.options.onEvent?.({ file: watchedPath, movedTo: target, report });
    this.tidyLater(dirname(watchedPath));
    return null;
  }

  /**
   * A folder dropped in while it watched, once its files have all been taken, is removed, and
   * so is each folder dropped with it above it that this leaves empty: the watched folder keeps
   * only what is still to come. Only once it has stood empty and unchanged for twice the stable
   * window, lest a copy still under way (cp -r writes a tree a file at a time) find its folder
   * gone. A folder holding anything (a file in transit, a folder too deep) stays, and so does
   * one that was there when the watch started: it may be where an agency uploads.
   */
  private tidyLater(folder: string): void {
    if (this.stopping || !this.dropped.has(folder) || !inside(this.folder, folder)) return;
    clearTimeout(this.tidying.get(folder));
    const later = setTimeout(() => {
      this.tidying.delete(folder);
      void this.removeIfEmptied(folder);
    }, this.stableMs * 2);
    later.unref?.();
    this.tidying.set(folder, later);
  }

  private async removeIfEmptied(folder: string): Promise<void> {
    const entries = await readdir(folder).catch(() => null);
    const info = await stat(folder).catch(() => null);
    if (this.stopping || entries === null || entries.length > 0 || info === null) return;
    // Changed lately (a file just taken out, or one just written and taken): looked at again.
    if (Date.now() - info.mtimeMs < this.stableMs * 2) return this.tidyLater(folder);
    const removed = await rmdir(folder).then(
      () => true,
      () => false,
    );
    if (!removed) return;
    this.dropped.delete(folder);
    this.tidyLater(dirname(folder));
  }
}

/** A folder of its own, not a link to one (which mkdir and rename would go through). */
async function isRealFolder(path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => null);
  return info !== null && info.isDirectory() && !info.isSymbolicLink();
}

/** Whether `path` is below `folder` (not the folder itself, nor outside it). */
function inside(folder: string, path: string): boolean {
  const way = relative(folder, path);
  return way !== '' && way.split(sep)[0] !== '..' && !isAbsolute(way);
}

/** How deep into folders dropped in files are looked for. */
const DROPPED_FOLDER_DEPTH = 3;

/** A busy store is tried again this many times (a minute and more at 5 s) before failed/. */
const MAX_BUSY_TRIES = 12;

/**
 * Names of files still on their way: hidden ones, and the temporary names copy tools and
 * browsers write under before renaming (story.xml.part, .filepart, .crdownload, ~story.tmp).
 */
const IN_TRANSIT = /^[.~]|\.(?:part|partial|filepart|crdownload|download|tmp|temp)$/i;

/** The note beside a file in failed/ that says why it failed. */
const NOTE_SUFFIX = '.error.txt';
