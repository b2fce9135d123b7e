import type Database from 'better-sqlite3';
import type { WindowRange } from '../digest/window';
import { statementCache } from './statements';
import { StoryListings, type ListPage, type WindowQuery } from './story-listings';
import type {
  LexicalStateJson,
  MediaRef,
  PubStatus,
  RevisionContent,
  RevisionSummary,
  Story,
  StoryFormat,
  StorySummary,
  WindowFacets,
  WireQuote,
} from '../../shared/model';
import { StoryRevisions } from './story-revisions';
import { toStory, type StoryRow } from './story-rows';

/** Everything the wire says about a story; written on import and replaced by a newer version. */
export interface WireFields {
  source: string | null;
  format: StoryFormat;
  fileName: string | null;
  contentHash: string;
  headline: string;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  language: string | null;
  storyDate: string | null;
  wireTime: string | null;
  /** The Lexical body, serialised once where it is built (often on a parse worker). */
  bodyJson: string;
  bodyText: string;
  wireId: string | null;
  wireVersion: number | null;
  pubStatus: PubStatus | null;
  embargoUntil: string | null;
  expiresAt: string | null;
  urgency: number | null;
  slugline: string | null;
  summary: string | null;
  link: string | null;
  subjects: string[];
  /** Not stored: what a store written before today's identities knows the story by. */
  legacyContentHash?: string;
  legacyWireId?: string | null;
  /** The id a feed item was stored under when ids were scoped by the channel. */
  formerWireId?: string | null;
  /**
   * Not stored: the content hash of a feed item known by its time and title, as it was stored
   * before it had that identity (without one).
   */
  unidentifiedContentHash?: string;
  edNote: string | null;
  media: MediaRef[];
  quotes: WireQuote[];
  packageRef: Story['packageRef'];
  charset: string | null;
}

export interface EditorUpdate {
  headline: string;
  byline: string | null;
  summary: string | null;
  dateline: string | null;
  source: string | null;
  body: LexicalStateJson;
  bodyText: string;
  author: string | null;
  reason: 'edit' | 'restore';
  /** For a restore: the number of the revision taken back. */
  restoredFrom?: number | null;
  /** The editor that saves (one per opened story); its saves within minutes fold together. */
  session?: string | null;
}

export interface WireIdentity {
  id: number;
  wireVersion: number | null;
  wireTime: string | null;
  contentHash: string;
  edited: boolean;
}

/** Stories (and, through StoryRevisions, their revisions): every write that changes a body also writes a revision. */
export class StoriesRepo {
  private readonly sql: (text: string) => Database.Statement;

  private readonly listings: StoryListings;
  private readonly history: StoryRevisions;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
    this.listings = new StoryListings(db);
    this.history = new StoryRevisions(db);
  }

  /** `minhash`: the near-duplicate signature (see SimilarityRepo), stored with the row. */
  insert(story: WireFields, now: string, minhash: Buffer | null = null): number {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO stories (source, format, file_name, content_hash, headline, kicker, byline,
           dateline, language, story_date, wire_time, received_at, updated_at, body_json, body_text,
           wire_id, wire_version, pub_status, embargo_until, expires_at, urgency, slugline, summary,
           link, ed_note, charset, subjects_json, media_json, wire_quotes_json, package_json,
           minhash)
         VALUES (@source, @format, @fileName, @contentHash, @headline, @kicker, @byline,
           @dateline, @language, @storyDate, @wireTime, @now, @now, @bodyJson, @bodyText,
           @wireId, @wireVersion, @pubStatus, @embargoUntil, @expiresAt, @urgency, @slugline,
           @summary, @link, @edNote, @charset, @subjectsJson, @mediaJson, @quotesJson, @packageJson,
           @minhash)`,
    ).run({ ...wireParams(story), now, minhash });
    // Revision 1 is the story row itself until something changes it (see keepImportRevision):
    // an import of thousands of files then writes each body once, not twice.
    return Number(lastInsertRowid);
  }

  /**
   * A newer wire version. Without editor changes it replaces the story; over an editor's
   * changes, the editor's text stays current, the wire's is kept as a revision, and the story
   * is flagged — while status, embargo and version always follow the wire.
   */
  applyWireUpdate(
    id: number,
    story: WireFields,
    now: string,
  ): { revision: number; conflict: boolean; statusOnly: boolean } {
    this.history.keepImport(id);
    const current = this.sql('SELECT revision, edited FROM stories WHERE id = ?').get(id) as {
      revision: number;
      edited: number;
    };
    const revision = current.revision + 1;
    const conflict = current.edited === 1;
    // A kill notice often carries no text, only the new status: the story keeps the text it had
    // (an editor still needs to see what was withdrawn), and takes the status.
    const statusOnly =
      !conflict &&
      (story.pubStatus === 'canceled' || story.pubStatus === 'withheld') &&
      story.bodyText.trim() === '';
    const params = { ...wireParams(story), id, revision, now };
    if (conflict || statusOnly) {
      this.sql(
        `UPDATE stories SET wire_version = @wireVersion, pub_status = @pubStatus,
             embargo_until = @embargoUntil, expires_at = @expiresAt, urgency = @urgency,
             wire_time = @wireTime, content_hash = @contentHash, ed_note = @edNote,
             revision = @revision, wire_conflict = @conflict, updated_at = @now WHERE id = @id`,
      ).run({ ...params, conflict: conflict ? 1 : 0 });
      if (conflict)
        this.sql(
          'UPDATE stories SET media_json = @mediaJson, wire_quotes_json = @quotesJson WHERE id = @id',
        ).run(params);
    } else {
      this.sql(
        `UPDATE stories SET source = @source, format = @format, file_name = @fileName,
             content_hash = @contentHash, headline = @headline, kicker = @kicker, byline = @byline,
             dateline = @dateline, language = @language, story_date = @storyDate,
             wire_time = @wireTime, body_json = @bodyJson, body_text = @bodyText,
             wire_version = @wireVersion, pub_status = @pubStatus, embargo_until = @embargoUntil,
             expires_at = @expiresAt, urgency = @urgency, slugline = @slugline, summary = @summary, link = @link,
             ed_note = @edNote, charset = @charset, subjects_json = @subjectsJson,
             media_json = @mediaJson, wire_quotes_json = @quotesJson, package_json = @packageJson,
             revision = @revision, updated_at = @now WHERE id = @id`,
      ).run(params);
    }
    this.history.write(id, revision, story, null, 'wire-update', story.wireVersion, now);
    return { revision, conflict, statusOnly };
  }

  findByWireId(wireId: string): WireIdentity | null {
    return this.identity(
      this.sql(
        'SELECT id, wire_version, wire_time, content_hash, edited FROM stories WHERE wire_id = ?',
      ).get(wireId),
    );
  }

  /**
   * A feed item stored before bare guids were qualified by their feed: the same bare guid,
   * source and format (so a NITF doc-id 1001 is never taken for a feed's guid 1001).
   */
  findLegacyFeedItem(bareId: string, source: string | null, format: string): WireIdentity | null {
    return this.identity(
      this.sql(
        `SELECT id, wire_version, wire_time, content_hash, edited FROM stories
           WHERE wire_id = ? AND source IS ? AND format = ?`,
      ).get(bareId, source, format),
    );
  }

  /** A story stored without a wire identity, by its content hash, of that format. */
  findUnidentified(contentHash: string, format: string): WireIdentity | null {
    return this.identity(
      this.sql(
        `SELECT id, wire_version, wire_time, content_hash, edited FROM stories
           WHERE content_hash = ? AND wire_id IS NULL AND format = ? LIMIT 1`,
      ).get(contentHash, format),
    );
  }

  private identity(found: unknown): WireIdentity | null {
    const row = found as
      | {
          id: number;
          wire_version: number | null;
          wire_time: string | null;
          content_hash: string;
          edited: number;
        }
      | undefined;
    return row
      ? {
          id: row.id,
          wireVersion: row.wire_version,
          wireTime: row.wire_time,
          contentHash: row.content_hash,
          edited: row.edited === 1,
        }
      : null;
  }

  /** Gives a story the wire identity it is now known by (see writeStory). */
  setWireId(id: number, wireId: string): void {
    this.sql('UPDATE stories SET wire_id = ? WHERE id = ?').run(wireId, id);
  }

  /** The body as stored, with no revision: marks added to an imported body (wire quotes). */
  setBodyJson(id: number, bodyJson: string): void {
    this.sql('UPDATE stories SET body_json = ? WHERE id = ?').run(bodyJson, id);
  }

  /** A story recognised by the hash it was stored under before takes today's (see writeStory). */
  setContentHash(id: number, contentHash: string): void {
    this.sql('UPDATE stories SET content_hash = ? WHERE id = ?').run(contentHash, id);
  }

  /**
   * The story stored under `hash`, or else under `older` (the hash a previous Edition gave the
   * same content), in one lookup; `older` says which matched.
   */
  findByContentHashes(hash: string, older: string): { id: number; older: boolean } | null {
    const row = this.sql(
      `SELECT id, content_hash = ? AS current FROM stories WHERE content_hash IN (?, ?)
         ORDER BY current DESC LIMIT 1`,
    ).get(hash, hash, older) as { id: number; current: number } | undefined;
    return row ? { id: row.id, older: row.current === 0 } : null;
  }

  findByContentHash(hash: string): number | null {
    const row = this.sql('SELECT id FROM stories WHERE content_hash = ? LIMIT 1').get(hash) as
      { id: number } | undefined;
    return row?.id ?? null;
  }

  /** The wire urgency of each story, by id, without reading the stories themselves. */
  urgencies(ids: readonly number[]): Map<number, number | null> {
    const rows = this.sql(
      'SELECT id, urgency FROM stories WHERE id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(ids)) as { id: number; urgency: number | null }[];
    return new Map(rows.map((row) => [row.id, row.urgency]));
  }

  get(id: number): Story | null {
    const row = this.sql('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    return row ? toStory(row) : null;
  }

  /** The inbox, a page at a time (story-listings.ts). */
  list(options: ListPage & { similarGroup?: number; includeSimilar?: boolean }): StorySummary[] {
    return this.listings.list(options);
  }

  search(query: string, page: ListPage): StorySummary[] {
    return this.listings.search(query, page);
  }

  inWindow(query: WindowQuery): (StorySummary & { used: number; snippet: string | null })[] {
    return this.listings.inWindow(query);
  }

  windowFacets(range: WindowRange): WindowFacets {
    return this.listings.windowFacets(range);
  }

  /** Whether a revision of the story (the import, a wire update…) had this headline and text. */
  hadWireText(id: number, headline: string, bodyText: string): boolean {
    return this.history.hadWireText(id, headline, bodyText);
  }

  /** Whether a wire update came after the given revision. */
  wireUpdatedSince(id: number, revision: number): boolean {
    return this.history.wireUpdatedSince(id, revision);
  }

  revision(id: number, number: number): RevisionContent | null {
    return this.history.get(id, number);
  }

  revisions(id: number): RevisionSummary[] {
    return this.history.list(id);
  }

  /** The editor took the wire's latest text back: no conflict, and no edits of its own now. */
  takeWireVersion(id: number): void {
    this.sql('UPDATE stories SET wire_conflict = 0, edited = 0 WHERE id = ?').run(id);
  }

  /** Flags that the wire's text and the editor's differ: both are kept, the editor's current. */
  flagWireConflict(id: number): void {
    this.sql('UPDATE stories SET wire_conflict = 1 WHERE id = ?').run(id);
  }

  /** An editor's save or a restore: a new revision, and the story marked as edited. */
  update(id: number, update: EditorUpdate, now: string): number {
    const current = this.sql('SELECT revision FROM stories WHERE id = ?').get(id) as
      { revision: number } | undefined;
    if (!current) throw new Error(`story ${id} vanished during save`);
    this.history.keepImport(id);
    const revision = current.revision + 1;
    const bodyJson = JSON.stringify(update.body);
    this.sql(
      `UPDATE stories SET headline = @headline, byline = @byline, summary = @summary,
         dateline = @dateline, source = @source, body_json = @bodyJson, body_text = @bodyText,
         revision = @revision, edited = 1, updated_at = @now WHERE id = @id`,
    ).run({
      id,
      headline: update.headline,
      byline: update.byline,
      summary: update.summary,
      dateline: update.dateline,
      source: update.source,
      bodyJson,
      bodyText: update.bodyText,
      revision,
      now,
    });
    const restored = this.history.foldMarksIntoRestore(
      id,
      current.revision,
      update,
      update.bodyText,
      now,
    );
    const sessionStartedAt = restored
      ? null
      : this.history.foldIntoSession(id, current.revision, update, now);
    this.history.write(
      id,
      revision,
      { headline: update.headline, bodyJson, bodyText: update.bodyText },
      update.author,
      restored ? 'restore' : update.reason,
      null,
      now,
      update.session ? { session: update.session, startedAt: sessionStartedAt ?? now } : null,
      restored ? restored.restoredFrom : (update.restoredFrom ?? null),
    );
    return revision;
  }
}

/** Named parameters for the wire columns; JSON columns serialised. */
function wireParams(story: WireFields): Record<string, string | number | null> {
  return {
    source: story.source,
    format: story.format,
    fileName: story.fileName,
    contentHash: story.contentHash,
    headline: story.headline,
    kicker: story.kicker,
    byline: story.byline,
    dateline: story.dateline,
    language: story.language,
    storyDate: story.storyDate,
    wireTime: story.wireTime,
    bodyJson: story.bodyJson,
    bodyText: story.bodyText,
    wireId: story.wireId,
    wireVersion: story.wireVersion,
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
    expiresAt: story.expiresAt,
    urgency: story.urgency,
    slugline: story.slugline,
    summary: story.summary,
    link: story.link,
    edNote: story.edNote,
    charset: story.charset,
    subjectsJson: JSON.stringify(story.subjects),
    mediaJson: JSON.stringify(story.media),
    quotesJson: JSON.stringify(story.quotes),
    packageJson: story.packageRef ? JSON.stringify(story.packageRef) : null,
  };
}
