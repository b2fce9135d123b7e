import { createHash } from 'node:crypto';
import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { bodyFromBlocks } from '../lexical/body';
import type { WireFields, WireIdentity } from '../store/stories-repo';
import { parseWireFile } from '../wire/import-file';
import type { ImportedStory } from '../wire/types';
import { minhashSignature, signatureToBlob } from './minhash';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

interface PreparedFile {
  name: string;
  stories: { story: ImportedStory; fields: WireFields }[];
}

/**
 * Files into the store, with one outcome per story in the report. Parsing (the slow, async
 * part) happens first, outside any transaction; then the batch is written in one transaction,
 * so a crash or cancel never leaves half a file, and the batch pays for one commit instead of
 * one per file. If the store refuses a file, the batch is written again a file per
 * transaction: that file leaves nothing and is reported, the others land.
 */
export async function ingestFiles(
  ctx: HandlerContext,
  files: IncomingFile[],
  report: ImportReport,
): Promise<void> {
  const prepared: PreparedFile[] = [];
  for (const file of files) {
    try {
      prepared.push(await prepareFile(file));
    } catch (error) {
      report.failed.push({ file: file.name, error: (error as Error).message });
    }
  }
  writePrepared(ctx, prepared, report);
}

export function ingestFile(
  ctx: HandlerContext,
  fileName: string,
  bytes: Uint8Array,
  report: ImportReport,
): Promise<void> {
  return ingestFiles(ctx, [{ name: fileName, bytes }], report);
}

async function prepareFile(file: IncomingFile): Promise<PreparedFile> {
  const parsed = await parseWireFile(file.name, file.bytes);
  const fileHash = sha256(parsed.fingerprint);
  const stories = parsed.stories.map((story, index) => {
    const { body, text } = bodyFromBlocks(story.blocks);
    // Several stories in one file each need their own content identity.
    const contentHash =
      parsed.stories.length === 1 ? fileHash : sha256(`${fileHash}:${index}:${text}`);
    return { story, fields: toFields(story, file.name, contentHash, body, text, parsed.charset) };
  });
  return { name: file.name, stories };
}

function writePrepared(ctx: HandlerContext, files: PreparedFile[], report: ImportReport): void {
  if (files.length === 0) return;
  const now = ctx.now();
  const write = (file: PreparedFile): ImportReport => {
    const partial: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    for (const { story, fields } of file.stories)
      writeStory(ctx, story, fields, file.name, now, partial);
    return partial;
  };
  let written: ImportReport[];
  try {
    // The whole batch in one transaction, without a savepoint per file: FTS5 flushes its
    // pending index to a new segment at every savepoint, which cost more than the rest of
    // the writing. A crash or a failure still leaves whole files only: the batch lands
    // entirely or not at all.
    written = ctx.db.transaction(() => files.map(write)).immediate();
  } catch {
    // Some file could not be stored. Each file again in a transaction of its own, so that
    // the others land and the failure is reported against the file that caused it.
    written = [];
    for (const file of files) {
      try {
        written.push(ctx.db.transaction(() => write(file)).immediate());
      } catch (error) {
        report.failed.push({
          file: file.name,
          error: `could not be stored: ${(error as Error).message}`,
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

function writeStory(
  ctx: HandlerContext,
  story: ImportedStory,
  fields: WireFields,
  fileName: string,
  now: string,
  report: ImportReport,
): void {
  const entry = { headline: story.headline, format: story.format, file: fileName };
  const existing = story.wireId ? ctx.stories.findByWireId(story.wireId) : null;
  if (existing) {
    const verdict = compareVersions(existing, fields);
    if (verdict !== 'newer') {
      report.duplicates.push({ file: fileName, id: existing.id, reason: verdict });
      return;
    }
    const { conflict } = ctx.stories.applyWireUpdate(existing.id, fields, now);
    report.updated.push({ id: existing.id, ...entry, version: fields.wireVersion, conflict });
    return;
  }
  const sameContent = story.wireId ? null : ctx.stories.findByContentHash(fields.contentHash);
  if (sameContent !== null) {
    report.duplicates.push({ file: fileName, id: sameContent, reason: 'same-content' });
    return;
  }
  const signature = minhashSignature(`${fields.headline}\n${fields.bodyText}`);
  const id = ctx.stories.insert(fields, now, signature ? signatureToBlob(signature) : null);
  if (signature) ctx.similarity.assign(id, signature);
  report.imported.push({ id, ...entry });
}

/**
 * Which of two versions of the same wire story is newer: the version number where the wire
 * numbers them, else the version time, else whether the content differs at all.
 */
function compareVersions(
  existing: WireIdentity,
  incoming: WireFields,
): 'newer' | 'same-version' | 'older-version' {
  if (existing.wireVersion !== null && incoming.wireVersion !== null) {
    if (incoming.wireVersion > existing.wireVersion) return 'newer';
    return incoming.wireVersion === existing.wireVersion ? 'same-version' : 'older-version';
  }
  if (existing.wireTime && incoming.wireTime && existing.wireTime !== incoming.wireTime) {
    return incoming.wireTime > existing.wireTime ? 'newer' : 'older-version';
  }
  return existing.contentHash === incoming.contentHash ? 'same-version' : 'newer';
}

function toFields(
  story: ImportedStory,
  fileName: string,
  contentHash: string,
  body: WireFields['body'],
  bodyText: string,
  charset: string | null,
): WireFields {
  return {
    source: story.source,
    format: story.format,
    fileName,
    contentHash,
    headline: story.headline,
    kicker: story.kicker,
    byline: story.byline,
    dateline: story.dateline,
    language: story.language,
    storyDate: story.storyDate ?? story.wireTime?.slice(0, 10) ?? null,
    wireTime: story.wireTime,
    body,
    bodyText,
    wireId: story.wireId,
    wireVersion: story.wireVersion,
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
    urgency: story.urgency,
    slugline: story.slugline,
    summary: story.summary,
    link: story.link,
    subjects: story.subjects,
    edNote: story.edNote,
    media: story.media,
    quotes: story.quotes,
    packageRef: story.packageRef,
    charset,
  };
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
