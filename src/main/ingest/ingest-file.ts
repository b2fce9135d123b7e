import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { withSearchIndexDeferred } from '../store/search-index';
import type { WireFields, WireIdentity } from '../store/stories-repo';
import type { FeedOrigin } from '../wire/types';
import { signatureToBlob } from './minhash';
import { annotateUpdatedWireQuotes, annotateWireQuotes } from './wire-quotes';
import { sharedParsePool, type ParsePool, type ParseTask } from './parse-pool';
import {
  prepareFiles,
  type IncomingFile,
  type PrepareOutcome,
  type PreparedFile,
  type PreparedStory,
} from './prepare';

export type { IncomingFile } from './prepare';

/** Below this many files, starting a worker costs more than parsing in place. */
const MIN_FILES_FOR_WORKERS = 8;
/** Files per parse task: small enough that the writer can take one back without a long wait. */
const CHUNK_FILES = 10;

/**
 * Per store, the last write queued: imports called while another is under way write after
 * it, in the order they were called, while their files are already being parsed. A caller
 * with many files (the CLI, a folder dropped on the window) keeps two batches in flight and
 * so parses the next while the store writes this one.
 */
const lastWrite = new WeakMap<object, Promise<void>>();

/**
 * Files into the store, with one outcome per story in the report. Parsing (the slow part)
 * happens outside any transaction, on the parse workers for a batch, in place for a handful
 * of files. The batch is then written in one transaction, so a crash or cancel never leaves
 * half a file, and the batch pays for one commit (one full-text index flush) instead of one
 * per file. If the store refuses a file, the batch is written again a file per transaction:
 * that file leaves nothing and is reported, the others land.
 */
export async function ingestFiles(
  ctx: HandlerContext,
  files: IncomingFile[],
  report: ImportReport,
): Promise<void> {
  const pool = files.length >= MIN_FILES_FOR_WORKERS ? sharedParsePool() : null;
  const tasks = pool ? chunksOf(files).map((chunk) => pool.submit(chunk)) : null;
  const previous = lastWrite.get(ctx.db) ?? Promise.resolve();
  const written = previous.then(async () => {
    const outcomes = pool && tasks ? await parsedOnPool(pool, tasks) : await prepareFiles(files);
    // A turn of the event loop before each write: imports queued behind one another would
    // otherwise write back to back in one chain of promises, while everything else waits (the
    // reading of the next batch, worker messages, and in the app every other request).
    await new Promise((resolve) => setImmediate(resolve));
    writeOutcomes(ctx, files, outcomes, report);
  });
  lastWrite.set(
    ctx.db,
    written.catch(() => undefined),
  );
  await written;
}

function chunksOf(files: IncomingFile[]): IncomingFile[][] {
  const chunks: IncomingFile[][] = [];
  for (let start = 0; start < files.length; start += CHUNK_FILES)
    chunks.push(files.slice(start, start + CHUNK_FILES));
  return chunks;
}

/**
 * The batch's outcomes in its order. The writer's turn has come: rather than wait for the
 * workers, it parses the chunks none has started yet, last first (the workers go first to
 * last), so that both cores work whichever side is the slower — parsing, or writing.
 */
async function parsedOnPool(pool: ParsePool, tasks: ParseTask[]): Promise<PrepareOutcome[]> {
  for (const task of [...tasks].reverse()) {
    // A turn of the event loop between chunks: worker answers and other requests go first.
    await new Promise((resolve) => setImmediate(resolve));
    await pool.takeBack(task);
  }
  return (await Promise.all(tasks.map((task) => task.outcomes))).flat();
}

export function ingestFile(
  ctx: HandlerContext,
  fileName: string,
  bytes: Uint8Array,
  report: ImportReport,
  charset: string | null = null,
  feed?: FeedOrigin,
): Promise<void> {
  return ingestFiles(ctx, [{ name: fileName, bytes, charset, ...(feed && { feed }) }], report);
}

function writeOutcomes(
  ctx: HandlerContext,
  files: IncomingFile[],
  outcomes: PrepareOutcome[],
  report: ImportReport,
): void {
  const prepared: PreparedFile[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) prepared.push(outcome.file);
    else
      report.failed.push({
        file: files[index]!.name,
        error: outcome.error,
        reason: outcome.reason,
      });
  });
  writePrepared(ctx, prepared, report);
}

function writePrepared(ctx: HandlerContext, files: PreparedFile[], report: ImportReport): void {
  if (files.length === 0) return;
  const now = ctx.now();
  // A write transaction whose new stories are full-text indexed together before it commits.
  const writeTransaction = <T>(work: () => T): T =>
    ctx.db.transaction(() => withSearchIndexDeferred(ctx.db, work)).immediate();
  const write = (file: PreparedFile): ImportReport => {
    const partial: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    for (const story of file.stories) writeStory(ctx, story, file.name, now, partial);
    return partial;
  };
  let written: ImportReport[];
  try {
    // The whole batch in one transaction, without a savepoint per file: FTS5 flushes its
    // pending index to a new segment at every savepoint, which cost more than the rest of
    // the writing. A crash or a failure still leaves whole files only: the batch lands
    // entirely or not at all.
    written = writeTransaction(() => files.map(write));
  } catch (error) {
    // The store is busy (another process held the write lock past the busy timeout): no file
    // is to blame, and retrying each would wait that timeout once per file.
    if (isLockError(error)) {
      for (const file of files)
        report.failed.push({
          file: file.name,
          error: storeError(error),
          reason: { key: 'storeBusy' },
        });
      return;
    }
    // Some file could not be stored. Each file again in a transaction of its own, so that
    // the others land and the failure is reported against the file that caused it.
    written = [];
    for (const file of files) {
      try {
        written.push(writeTransaction(() => write(file)));
      } catch (error) {
        report.failed.push({
          file: file.name,
          error: storeError(error),
          reason: { key: 'notStored', values: { detail: (error as Error).message } },
        });
      }
    }
  }
  // Reported only once committed: a rolled-back batch never claims its stories.
  for (const partial of written) {
    report.imported.push(...partial.imported);
    report.updated.push(...partial.updated);
    report.duplicates.push(...partial.duplicates);
  }
}

function storeError(error: unknown): string {
  return `could not be stored: ${(error as Error).message}`;
}

function isLockError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

function writeStory(
  ctx: HandlerContext,
  { fields, signature }: PreparedStory,
  fileName: string,
  now: string,
  report: ImportReport,
): void {
  const entry = { headline: fields.headline, format: fields.format, file: fileName };
  const existing = storedVersion(ctx, fields);
  if (existing) {
    // An old feed item takes its qualified identity at once: one feed claims it, and another
    // feed of the same name with the same guid never does.
    if (existing.legacy || existing.rescoped) ctx.stories.setWireId(existing.id, fields.wireId!);
    const verdict = compareVersions(existing, fields, () =>
      ctx.stories.hadWireText(existing.id, fields.headline, fields.bodyText),
    );
    if (verdict !== 'newer') {
      // Recognised by the hash it was stored under before (file-based): from now on by its own.
      if (verdict === 'same-version' && existing.contentHash !== fields.contentHash)
        ctx.stories.setContentHash(existing.id, fields.contentHash);
      report.duplicates.push({
        file: fileName,
        id: existing.id,
        headline: fields.headline,
        reason: verdict,
      });
      return;
    }
    const { conflict, statusOnly } = ctx.stories.applyWireUpdate(existing.id, fields, now);
    // Over an editor's edits the text is theirs still, and so are its signature and marks; a
    // kill notice without text leaves the text, its signature and marks as they were.
    if (!conflict && !statusOnly) {
      ctx.similarity.resign(existing.id, signature);
      annotateUpdatedWireQuotes(ctx, existing.id, fields, now);
    }
    report.updated.push({ id: existing.id, ...entry, version: fields.wireVersion, conflict });
    return;
  }
  const sameContent = fields.wireId ? null : storedContent(ctx, fields);
  if (sameContent !== null) {
    report.duplicates.push({
      file: fileName,
      id: sameContent,
      headline: fields.headline,
      reason: 'same-content',
    });
    return;
  }
  const id = ctx.stories.insert(fields, now, signature ? signatureToBlob(signature) : null);
  if (signature) ctx.similarity.assign(id, signature);
  annotateWireQuotes(ctx, id, fields, now);
  report.imported.push({ id, ...entry });
}

/**
 * The stored story with the incoming one's wire identity: as it is now, or (`legacy`) a feed
 * item stored before bare guids were qualified by their feed, or while they were qualified by
 * the channel rather than the subscription.
 */
type StoredVersion = WireIdentity & { legacy: boolean; rescoped: boolean };

function storedVersion(ctx: HandlerContext, fields: WireFields): StoredVersion | null {
  if (!fields.wireId) return null;
  const current = ctx.stories.findByWireId(fields.wireId);
  if (current) return { ...current, legacy: false, rescoped: false };
  // Stored under the feed's title: the same item, compared as any (its hash is its own).
  const former = fields.formerWireId
    ? ctx.stories.findLegacyFeedItem(fields.formerWireId, fields.source, fields.format)
    : null;
  if (former) return { ...former, legacy: false, rescoped: true };
  const legacy = fields.legacyWireId
    ? ctx.stories.findLegacyFeedItem(fields.legacyWireId, fields.source, fields.format)
    : null;
  if (legacy) return { ...legacy, legacy: true, rescoped: false };
  // A feed item without guid or link, stored before it was known by its time and title: by
  // its content then (the same content: it takes its identity, and today's hash).
  const unidentified = fields.unidentifiedContentHash
    ? ctx.stories.findUnidentified(fields.unidentifiedContentHash, fields.format)
    : null;
  return unidentified && { ...unidentified, legacy: true, rescoped: false };
}

/**
 * The stored story with the same content, for one without a wire identity: by its own hash, or
 * by the file-based one it was stored under before (it then takes its own).
 */
function storedContent(ctx: HandlerContext, fields: WireFields): number | null {
  if (!fields.legacyContentHash) return ctx.stories.findByContentHash(fields.contentHash);
  const found = ctx.stories.findByContentHashes(fields.contentHash, fields.legacyContentHash);
  if (found?.older) ctx.stories.setContentHash(found.id, fields.contentHash);
  return found?.id ?? null;
}

/**
 * Which of two versions of the same wire story is newer: the version number where the wire
 * numbers them, else the version time, else whether the content differs at all.
 */
function compareVersions(
  existing: StoredVersion,
  incoming: WireFields,
  /** Whether the story once held the incoming headline and text (an earlier revision). */
  heldBefore: () => boolean,
): 'newer' | 'same-version' | 'older-version' {
  if (existing.wireVersion !== null && incoming.wireVersion !== null) {
    if (incoming.wireVersion > existing.wireVersion) return 'newer';
    if (incoming.wireVersion < existing.wireVersion) return 'older-version';
    // Some agencies correct a story without raising its number: other content under the same
    // number is placed by its time, later being newer. Without times to tell, the number holds.
    const changed = existing.contentHash !== incoming.contentHash;
    if (!changed || !existing.wireTime || !incoming.wireTime) return 'same-version';
    if (incoming.wireTime === existing.wireTime) return 'same-version';
    return incoming.wireTime > existing.wireTime ? 'newer' : 'older-version';
  }
  if (existing.wireTime && incoming.wireTime && existing.wireTime !== incoming.wireTime) {
    return incoming.wireTime > existing.wireTime ? 'newer' : 'older-version';
  }
  // The story's own hash, or the one a store written before it was per story holds. That one
  // was the whole file's, which a feed's next poll changes; so a feed item stored then, whose
  // wire time has not moved, is taken as the same.
  const same =
    existing.legacy ||
    existing.contentHash === incoming.contentHash ||
    existing.contentHash === incoming.legacyContentHash;
  if (same) return 'same-version';
  // The same item in two feeds (a teaser in one, the full text in another) would otherwise
  // replace itself at every poll: text the story already had is an earlier version, not news.
  return heldBefore() ? 'older-version' : 'newer';
}
