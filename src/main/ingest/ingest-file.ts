import { createHash } from 'node:crypto';
import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { bodyFromBlocks, parseBody } from '../lexical/body';
import type { WireFields, WireIdentity } from '../store/stories-repo';
import { parseWireFile } from '../wire/import-file';
import type { ImportedStory } from '../wire/types';
import { minhashSignature } from './minhash';

/**
 * One file into the store, with one outcome per story in the report. All of a file's stories
 * are written in one transaction: a crash or a cancel never leaves half a file behind, and a
 * file that fails leaves nothing at all.
 */
export async function ingestFile(
  ctx: HandlerContext,
  fileName: string,
  bytes: Uint8Array,
  report: ImportReport,
): Promise<void> {
  let parsed;
  try {
    parsed = await parseWireFile(fileName, bytes);
  } catch (error) {
    report.failed.push({ file: fileName, error: (error as Error).message });
    return;
  }
  const fileHash = sha256(parsed.fingerprint);
  const author = ctx.settings.read<string | null>('authorName', null);
  const now = ctx.now();
  // Bodies are built before the transaction: the write lock is held only for writing.
  const prepared = parsed.stories.map((story, index) => {
    const body = bodyFromBlocks(story.blocks);
    const { text } = parseBody(body);
    // Several stories in one file each need their own content identity.
    const contentHash =
      parsed.stories.length === 1 ? fileHash : sha256(`${fileHash}:${index}:${text}`);
    return { story, fields: toFields(story, fileName, contentHash, body, text, parsed.charset) };
  });
  const partial: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  try {
    ctx.db.transaction(() => {
      for (const { story, fields } of prepared)
        writeStory(ctx, story, fields, fileName, author, now, partial);
    })();
  } catch (error) {
    report.failed.push({
      file: fileName,
      error: `could not be stored: ${(error as Error).message}`,
    });
    return;
  }
  report.imported.push(...partial.imported);
  report.updated.push(...partial.updated);
  report.duplicates.push(...partial.duplicates);
}

function writeStory(
  ctx: HandlerContext,
  story: ImportedStory,
  fields: WireFields,
  fileName: string,
  author: string | null,
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
  const id = ctx.stories.insert(fields, author, now);
  const signature = minhashSignature(`${fields.headline}\n${fields.bodyText}`);
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
