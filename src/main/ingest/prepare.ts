import { createHash } from 'node:crypto';
import type { FailureReason } from '../../shared/model';
import { serializedBodyFromBlocks } from '../lexical/serialized-body';
import type { WireFields } from '../store/stories-repo';
import { parseWireFile } from '../wire/import-file';
import { ImportError, type FeedOrigin, type ImportedStory } from '../wire/types';
import { minhashSignature } from './minhash';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** The charset it was sent with, outside the file (a feed's Content-Type). */
  charset?: string | null;
  /** A subscription's poll: what its items are known by, and the address it came from. */
  feed?: FeedOrigin;
}

/** A story ready for the store: its row fields and its near-duplicate signature. */
export interface PreparedStory {
  fields: WireFields;
  signature: Uint32Array | null;
}

export interface PreparedFile {
  name: string;
  stories: PreparedStory[];
}

/** A file parsed, or the reason it could not be (reported against the file, never thrown). */
export type PrepareOutcome =
  { ok: true; file: PreparedFile } | { ok: false; error: string; reason?: FailureReason };

/**
 * Everything about a file that needs no store: parsing, the Lexical body, a content hash per
 * story and the MinHash signature. A pure function of the bytes, so it runs in the parse workers as well
 * as in-process (see parse-pool.ts).
 */
export async function prepareFile(file: IncomingFile): Promise<PrepareOutcome> {
  try {
    const parsed = await parseWireFile(file.name, file.bytes, file.charset ?? null, file.feed);
    const fileHash = sha256(parsed.fingerprint);
    const stories = parsed.stories.map((story, index): PreparedStory => {
      const { json, text } = serializedBodyFromBlocks(story.blocks);
      const fields = toFields(story, file.name, json, text, parsed.charset);
      // How a store written before content hashes were per story knows this story.
      fields.legacyContentHash =
        parsed.stories.length === 1 ? fileHash : sha256(`${fileHash}:${index}:${text}`);
      fields.legacyWireId = story.legacyWireId;
      fields.formerWireId = story.formerWireId;
      return { fields, signature: minhashSignature(`${fields.headline}\n${fields.bodyText}`) };
    });
    return { ok: true, file: { name: file.name, stories } };
  } catch (error) {
    const reason = error instanceof ImportError ? error.reason : undefined;
    return { ok: false, error: (error as Error).message, ...(reason && { reason }) };
  }
}

/**
 * Files prepared one after another, here: the parse workers' loop, and the in-process path
 * (small imports, and whenever a worker cannot be used).
 */
export async function prepareFiles(files: IncomingFile[]): Promise<PrepareOutcome[]> {
  const outcomes: PrepareOutcome[] = [];
  for (const file of files) outcomes.push(await prepareFile(file));
  return outcomes;
}

function toFields(
  story: ImportedStory,
  fileName: string,
  bodyJson: string,
  bodyText: string,
  charset: string | null,
): WireFields {
  const content = storyContent(story, bodyJson, bodyText);
  return {
    ...content,
    format: story.format,
    fileName,
    charset,
    contentHash: sha256(JSON.stringify(content)),
    // A feed item known by its time and title was known, before it had that identity, by the
    // hash of the same content without one (the same keys in the same order).
    ...(story.identifiedByTime && {
      unidentifiedContentHash: sha256(JSON.stringify({ ...content, wireId: null })),
    }),
  };
}

/**
 * What a story says, as the wire sent it: the content hash is of this, not of the file, so
 * that a feed polled again finds its unchanged items the same (the channel's date, the items
 * around them, their order are the file's, not theirs), while any change to an item's text or
 * metadata makes it a new version. The file's name, format and charset are how it came.
 */
function storyContent(story: ImportedStory, bodyJson: string, bodyText: string) {
  return {
    source: story.source,
    headline: story.headline,
    kicker: story.kicker,
    byline: story.byline,
    dateline: story.dateline,
    language: story.language,
    storyDate: story.storyDate ?? story.wireTime?.slice(0, 10) ?? null,
    wireTime: story.wireTime,
    bodyJson,
    bodyText,
    wireId: story.wireId,
    wireVersion: story.wireVersion,
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
    expiresAt: story.expiresAt,
    urgency: story.urgency,
    slugline: story.slugline,
    summary: story.summary,
    link: story.link,
    subjects: story.subjects,
    edNote: story.edNote,
    media: story.media,
    quotes: story.quotes,
    packageRef: story.packageRef,
  };
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
