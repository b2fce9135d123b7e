/**
 * "Open with Edition": wire files the operating system hands to the app (double-click on an
 * associated file, "Open with…", a drop on the Dock icon) are imported like File → Import.
 *
 * The OS delivers them three ways: on macOS as `open-file` app events (also before `ready`, when
 * the file launched the app); on Windows and Linux as paths in the first launch's argv, and, when
 * Edition is already running, in the `second-instance` event's argv. This file holds what does
 * not need Electron — reading an argv, queueing, importing — so that it runs in the unit tests
 * on plain Node; src/main/index.ts only connects the events to it.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { ingestFiles, type IncomingFile } from '../ingest/ingest-file';
import { readWireFile } from '../ingest/read-from-disk';

/** The extensions the packages register with the OS (fileAssociations in electron-builder.yml). */
const ASSOCIATED_EXTENSIONS = ['.xml', '.nitf', '.newsml', '.json', '.eml'] as const;

/**
 * What Edition takes when the OS hands it a file: the associated extensions plus the other
 * formats the importers read (a user may pick Edition by hand for a .txt wire or a saved
 * article). Importers detect the format from the content; the extension only keeps stray
 * arguments and unrelated files from being read at all.
 */
const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  ...ASSOCIATED_EXTENSIONS,
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.rss',
  '.atom',
]);

/** Edition's own flags whose value is the next argument (src/main/index.ts reads `--db FILE`). */
const FLAGS_WITH_VALUE = new Set(['--db']);

/** Files read per import batch, so that a large selection is never held in memory at once. */
const BATCH = 50;

export interface ArgvOptions {
  /** The folder relative paths are relative to: the launching shell's, not necessarily ours. */
  cwd: string;
  /**
   * Leading entries that are not arguments: the executable, and when Electron runs an unpacked
   * app (`electron .`, `process.defaultApp`), the app's path after it. Defaults to 1.
   */
  leadingEntries?: number;
}

/** Whether `path` is an existing regular file with an extension Edition opens. */
export function isOpenableFile(path: string): boolean {
  if (!OPENABLE_EXTENSIONS.has(extname(path).toLowerCase())) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The wire files named in an argv, as absolute paths, each once, in order. Skipped: the leading
 * entries, switches (Electron and Chromium add their own, e.g. `--allow-file-access-from-files`
 * in a second instance's argv, and they always take the `--name=value` form), `--db FILE`,
 * anything that is not an existing file with a known extension. Linux desktop entries pass
 * `file://` URIs (electron-builder writes `Exec=… %U`), which are turned back into paths.
 */
export function wireFilesFromArgv(argv: readonly string[], options: ArgvOptions): string[] {
  const files: string[] = [];
  let onlyPositional = false;
  for (let index = options.leadingEntries ?? 1; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (!onlyPositional && arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (!onlyPositional && arg.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(arg)) index += 1;
      continue;
    }
    const path = argToPath(arg, options.cwd);
    if (path !== null && !files.includes(path) && isOpenableFile(path)) files.push(path);
  }
  return files;
}

function argToPath(arg: string, cwd: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return resolve(cwd, arg);
  if (!arg.toLowerCase().startsWith('file://')) return null; // http:// and friends are no files
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * Imports files the OS opened with Edition, like File → Import: each file becomes its stories
 * (or a failure with its reason in the report), and the window is told to reload its lists.
 * Read as every way in from disk reads (read-from-disk.ts: sizes checked before reading).
 */
export async function importOpenedFiles(
  ctx: HandlerContext,
  paths: readonly string[],
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch: IncomingFile[] = [];
    for (const path of paths.slice(start, start + BATCH)) {
      const read = await readWireFile(path);
      if (read.ok) batch.push({ name: path, bytes: read.bytes });
      else report.failed.push({ file: path, error: read.error, reason: read.reason });
    }
    if (batch.length > 0) await ingestFiles(ctx, batch, report);
  }
  // The same event as File → Import: shared/events.ts has no reason of its own for opened
  // files, and the window reacts to every reason alike (it reloads its lists).
  ctx.emit('stories.changed', {
    reason: 'menu-import',
    imported: report.imported.length,
    updated: report.updated.length,
    failed: report.failed.length,
    updatedIds: report.updated.map((entry) => entry.id),
  });
  return report;
}

/** The warning File → Import shows when files failed, or null when none did. */
export function failureNotice(report: ImportReport): { message: string; detail: string } | null {
  if (report.failed.length === 0) return null;
  return {
    message: `${report.failed.length} file${report.failed.length === 1 ? '' : 's'} could not be imported`,
    detail: report.failed.map((entry) => `${entry.file}: ${entry.error}`).join('\n'),
  };
}

export interface OpenFilesQueueOptions {
  /**
   * How long to wait for more files before importing. Finder sends one `open-file` event per
   * selected file, so a short wait turns a selection into one import and one notice.
   */
  burstMs?: number;
  /** Where a failed import goes (a file's own failure is in the report, not here). */
  onError: (error: unknown) => void;
}

/**
 * Holds opened files until Edition can import them (macOS sends `open-file` before `ready`,
 * and the first launch's argv is read before the store is open), then imports each burst as
 * one batch, one batch after the other.
 */
export class OpenFilesQueue {
  private pending: string[] = [];
  private handler: ((paths: string[]) => Promise<unknown>) | null = null;
  private running: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly burstMs: number;
  private readonly onError: (error: unknown) => void;

  constructor(options: OpenFilesQueueOptions) {
    this.burstMs = options.burstMs ?? 150;
    this.onError = options.onError;
  }

  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.pending.includes(path)) this.pending.push(path);
    if (this.handler && this.pending.length > 0 && this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.burstMs);
    }
  }

  /**
   * From now on files are handed to `handler`. Resolves once the files that arrived before are
   * imported, so the caller can open the window on a store that already holds them.
   */
  start(handler: (paths: string[]) => Promise<unknown>): Promise<void> {
    this.handler = handler;
    return this.flush();
  }

  /** Chained, so batches never overlap and one failing batch does not stop the next. */
  private flush(): Promise<void> {
    const handler = this.handler;
    if (handler === null || this.pending.length === 0) return this.running;
    const batch = this.pending.splice(0);
    this.running = this.running.then(() => handler(batch)).then(() => undefined, this.onError);
    return this.running;
  }
}
