import type Database from 'better-sqlite3';
import { statementCache } from './statements';
import type {
  LexicalStateJson,
  MediaRef,
  PubStatus,
  RevisionContent,
  RevisionSummary,
  Story,
  StoryFormat,
  StorySummary,
  WireQuote,
} from '../../shared/model';
import { SUMMARY_COLUMNS, toStory, toSummary, type StoryRow, type SummaryRow } from './story-rows';

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
  body: LexicalStateJson;
  bodyText: string;
  wireId: string | null;
  wireVersion: number | null;
  pubStatus: PubStatus | null;
  embargoUntil: string | null;
  urgency: number | null;
  slugline: string | null;
  summary: string | null;
  link: string | null;
  subjects: string[];
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
}

export interface WindowQuery {
  digestId: number;
  start: string;
  end: string;
  now: string;
  limit: number;
  search?: string;
  source?: string;
  language?: string;
  status?: PubStatus;
  embargoed?: boolean;
  used?: boolean;
}

/** A page of the inbox: `after` is the id of the last story of the previous page. */
export interface ListPage {
  limit: number;
  after?: number;
}

/** The inbox's order, newest first; migration 0006 indexes exactly this expression. */
const INBOX_ORDER_KEY = (table: string) =>
  `coalesce(${table}.wire_time, ${table}.story_date, ${table}.received_at)`;

export interface WireIdentity {
  id: number;
  wireVersion: number | null;
  wireTime: string | null;
  contentHash: string;
  edited: boolean;
}

/** Stories and their revisions. Every write that changes a body also writes a revision. */
/** Window search results that get a highlighted snippet: about two screens of rows. */
const SNIPPET_ROWS = 40;

export class StoriesRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  /** `minhash`: the near-duplicate signature (see SimilarityRepo), stored with the row. */
  insert(story: WireFields, now: string, minhash: Buffer | null = null): number {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO stories (source, format, file_name, content_hash, headline, kicker, byline,
           dateline, language, story_date, wire_time, received_at, updated_at, body_json, body_text,
           wire_id, wire_version, pub_status, embargo_until, urgency, slugline, summary, link,
           ed_note, charset, subjects_json, media_json, wire_quotes_json, package_json, minhash)
         VALUES (@source, @format, @fileName, @contentHash, @headline, @kicker, @byline,
           @dateline, @language, @storyDate, @wireTime, @now, @now, @bodyJson, @bodyText,
           @wireId, @wireVersion, @pubStatus, @embargoUntil, @urgency, @slugline, @summary, @link,
           @edNote, @charset, @subjectsJson, @mediaJson, @quotesJson, @packageJson, @minhash)`,
    ).run({ ...wireParams(story), now, minhash });
    // Revision 1 is the story row itself until something changes it (see keepImportRevision):
    // an import of thousands of files then writes each body once, not twice.
    return Number(lastInsertRowid);
  }

  /**
   * Before the first change to a story, its imported state is written out as revision 1, so the
   * revision history is complete without paying for a copy of every story ever imported.
   */
  private keepImportRevision(id: number): void {
    this.sql(
      `INSERT INTO story_revisions (story_id, number, headline, body_json, body_text, author, reason,
         wire_version, created_at)
       SELECT id, 1, headline, body_json, body_text, NULL, 'import', wire_version, received_at
       FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)`,
    ).run({ id });
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
  ): { revision: number; conflict: boolean } {
    this.keepImportRevision(id);
    const current = this.sql('SELECT revision, edited FROM stories WHERE id = ?').get(id) as {
      revision: number;
      edited: number;
    };
    const revision = current.revision + 1;
    const conflict = current.edited === 1;
    const params = { ...wireParams(story), id, revision, now };
    if (conflict) {
      this.sql(
        `UPDATE stories SET wire_version = @wireVersion, pub_status = @pubStatus,
             embargo_until = @embargoUntil, urgency = @urgency, wire_time = @wireTime,
             content_hash = @contentHash, ed_note = @edNote, media_json = @mediaJson,
             wire_quotes_json = @quotesJson, revision = @revision, wire_conflict = 1,
             updated_at = @now WHERE id = @id`,
      ).run(params);
    } else {
      this.sql(
        `UPDATE stories SET source = @source, format = @format, file_name = @fileName,
             content_hash = @contentHash, headline = @headline, kicker = @kicker, byline = @byline,
             dateline = @dateline, language = @language, story_date = @storyDate,
             wire_time = @wireTime, body_json = @bodyJson, body_text = @bodyText,
             wire_version = @wireVersion, pub_status = @pubStatus, embargo_until = @embargoUntil,
             urgency = @urgency, slugline = @slugline, summary = @summary, link = @link,
             ed_note = @edNote, charset = @charset, subjects_json = @subjectsJson,
             media_json = @mediaJson, wire_quotes_json = @quotesJson, package_json = @packageJson,
             revision = @revision, updated_at = @now WHERE id = @id`,
      ).run(params);
    }
    this.writeRevision(id, revision, story, null, 'wire-update', story.wireVersion, now);
    return { revision, conflict };
  }

  findByWireId(wireId: string): WireIdentity | null {
    const row = this.sql(
      'SELECT id, wire_version, wire_time, content_hash, edited FROM stories WHERE wire_id = ?',
    ).get(wireId) as
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

  findByContentHash(hash: string): number | null {
    const row = this.sql('SELECT id FROM stories WHERE content_hash = ? LIMIT 1').get(hash) as
      { id: number } | undefined;
    return row?.id ?? null;
  }

  get(id: number): Story | null {
    const row = this.sql('SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    return row ? toStory(row) : null;
  }

  /**
   * Newest first, a page at a time: `after` is the last story of the previous page. Near
   * duplicates are folded into their group's first story unless asked. The order is an index
   * (migration 0006) and a page starts by seeking in it, so a page deep in a year of wire
   * costs what the first one does. A page after a story that no longer exists is empty.
   */
  list(options: ListPage & { similarGroup?: number }): StorySummary[] {
    const conditions = [
      options.similarGroup !== undefined
        ? 's.similar_group = @group'
        : '(s.similar_group IS NULL OR s.similar_group = s.id)',
    ];
    if (options.after !== undefined) {
      // `key <= k AND (key < k OR id < after)` rather than a row value: only this form lets
      // SQLite seek in the expression index instead of scanning it from the top.
      const key = `(SELECT ${INBOX_ORDER_KEY('c')} FROM stories c WHERE c.id = @after)`;
      conditions.push(
        `${INBOX_ORDER_KEY('s')} <= ${key}`,
        `(${INBOX_ORDER_KEY('s')} < ${key} OR s.id < @after)`,
      );
    }
    const rows = this.sql(
      `SELECT ${SUMMARY_COLUMNS} FROM stories s WHERE ${conditions.join(' AND ')}
         ORDER BY ${INBOX_ORDER_KEY('s')} DESC, s.id DESC LIMIT @limit`,
    ).all({
      limit: options.limit,
      after: options.after ?? null,
      group: options.similarGroup ?? null,
    }) as SummaryRow[];
    return rows.map(toSummary);
  }

  /**
   * Stories matching what the editor typed, newest arrival (highest id) first, a page at a
   * time. Not best match first: bm25 must score every match before it can answer the first
   * page (0.1 s for a common word in 100,000 stories), while FTS5 walks its lists in id order
   * and stops after a page, so a word in every story costs what a rare one does.
   */
  search(query: string, page: ListPage): StorySummary[] {
    const match = ftsQuery(query);
    if (!match) return this.list(page);
    // CAST: better-sqlite3 binds numbers as REAL, and FTS5 ignores a rowid bound that is not
    // an INTEGER (it would walk every match from the top).
    const after = page.after !== undefined ? 'AND stories_fts.rowid < CAST(@after AS INTEGER)' : '';
    const rows = this.sql(
      `SELECT ${SUMMARY_COLUMNS}
         FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
         WHERE stories_fts MATCH @match ${after}
         ORDER BY stories_fts.rowid DESC LIMIT @limit`,
    ).all({ match, limit: page.limit, after: page.after ?? null }) as SummaryRow[];
    return rows.map(toSummary);
  }

  /**
   * The stories of an edition's 24-hour window by wire time (arrival time when the wire gave
   * none), newest first, with or without a search. The first SNIPPET_ROWS matches of a search
   * get a highlighted snippet; the rest show their usual excerpt. snippet() re-reads and
   * re-tokenises a story's body (~0.1 ms each), and ranking by bm25 scores every match first:
   * for a common word on a busy day both cost tens of milliseconds, most of it for rows far
   * below the fold.
   */
  inWindow(query: WindowQuery): (StorySummary & { used: number; snippet: string | null })[] {
    const match = query.search ? ftsQuery(query.search) : null;
    const conditions = [
      'coalesce(s.wire_time, s.received_at) >= @start',
      'coalesce(s.wire_time, s.received_at) < @end',
    ];
    if (query.source) conditions.push('s.source = @source');
    if (query.language) conditions.push('s.language = @language');
    if (query.status)
      conditions.push(
        query.status === 'usable'
          ? "coalesce(s.pub_status, 'usable') = 'usable'"
          : 's.pub_status = @status',
      );
    if (query.embargoed !== undefined)
      conditions.push(
        query.embargoed
          ? 's.embargo_until > @now'
          : '(s.embargo_until IS NULL OR s.embargo_until <= @now)',
      );
    const used =
      'EXISTS (SELECT 1 FROM digest_items di WHERE di.digest_id = @digest AND di.story_id = s.id)';
    if (query.used !== undefined) conditions.push(query.used ? used : `NOT ${used}`);
    const from = match ? 'stories_fts JOIN stories s ON s.id = stories_fts.rowid' : 'stories s';
    const ids = match ? this.windowIds(query.start, query.end) : { low: null, high: null };
    if (match) {
      conditions.push('stories_fts MATCH @match');
      // FTS reads only the ids the window's stories have (a day's, not the year's matches of
      // a common word); the time conditions above still decide what is in the window. CAST:
      // better-sqlite3 binds numbers as REAL, and FTS5 ignores a rowid bound that is not an
      // INTEGER — it would scan every match.
      conditions.push('stories_fts.rowid BETWEEN CAST(@low AS INTEGER) AND CAST(@high AS INTEGER)');
    }
    const rows = this.sql(
      `SELECT ${SUMMARY_COLUMNS}, ${used} AS used
       FROM ${from} WHERE ${conditions.join(' AND ')}
       ORDER BY coalesce(s.wire_time, s.received_at) DESC, s.id DESC LIMIT @limit`,
    ).all({
      start: query.start,
      end: query.end,
      source: query.source ?? null,
      language: query.language ?? null,
      status: query.status ?? null,
      now: query.now,
      digest: query.digestId,
      match,
      low: ids.low,
      high: ids.high,
      limit: query.limit,
    }) as (SummaryRow & { used: number })[];
    const snippets = match ? this.snippets(match, rows.slice(0, SNIPPET_ROWS)) : new Map();
    return rows.map((row) => ({
      ...toSummary(row),
      used: row.used,
      snippet: snippets.get(row.id) ?? null,
    }));
  }

  /**
   * Highlighted snippets of the given matches. Asked by an id range (what FTS5 can seek by),
   * not a list of ids (which it would answer by running the whole query once per id).
   */
  private snippets(match: string, rows: readonly { id: number }[]): Map<number, string> {
    if (rows.length === 0) return new Map();
    const wanted = new Set(rows.map((row) => row.id));
    const found = this.sql(
      `SELECT rowid AS id, snippet(stories_fts, 1, '[[', ']]', '…', 16) AS snippet
         FROM stories_fts WHERE stories_fts MATCH @match
           AND rowid BETWEEN CAST(@low AS INTEGER) AND CAST(@high AS INTEGER)`,
    ).all({
      match,
      low: Math.min(...wanted),
      high: Math.max(...wanted),
    }) as { id: number; snippet: string }[];
    return new Map(found.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.snippet]));
  }

  /** The lowest and highest id of a window's stories, off the window-time index. */
  private windowIds(start: string, end: string): { low: number | null; high: number | null } {
    return this.sql(
      `SELECT min(id) AS low, max(id) AS high FROM stories
         WHERE coalesce(wire_time, received_at) >= @start AND coalesce(wire_time, received_at) < @end`,
    ).get({ start, end }) as { low: number | null; high: number | null };
  }

  /** An editor's save or a restore: a new revision, and the story marked as edited. */
  update(id: number, update: EditorUpdate, now: string): number {
    const current = this.sql('SELECT revision FROM stories WHERE id = ?').get(id) as
      { revision: number } | undefined;
    if (!current) throw new Error(`story ${id} vanished during save`);
    this.keepImportRevision(id);
    const revision = current.revision + 1;
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
      bodyJson: JSON.stringify(update.body),
      bodyText: update.bodyText,
      revision,
      now,
    });
    this.writeRevision(id, revision, update, update.author, update.reason, null, now);
    return revision;
  }

  revision(id: number, number: number): RevisionContent | null {
    const row = this.sql(
      `SELECT number, headline, author, reason, wire_version AS wireVersion, created_at AS createdAt,
         body_json AS bodyJson, body_text AS bodyText
       FROM story_revisions WHERE story_id = @id AND number = @number
       UNION ALL
       SELECT 1, headline, NULL, 'import', wire_version, received_at, body_json, body_text
       FROM stories WHERE id = @id AND @number = 1
         AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)`,
    ).get({ id, number }) as (RevisionSummary & { bodyJson: string; bodyText: string }) | undefined;
    if (!row) return null;
    const { bodyJson, ...summary } = row;
    return { ...summary, body: JSON.parse(bodyJson) as LexicalStateJson };
  }

  revisions(id: number): RevisionSummary[] {
    return this.sql(
      `SELECT number, headline, author, reason, wire_version AS wireVersion, created_at AS createdAt
         FROM story_revisions WHERE story_id = @id
       UNION ALL
       SELECT 1, headline, NULL, 'import', wire_version, received_at FROM stories
       WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)
       ORDER BY number DESC`,
    ).all({ id }) as RevisionSummary[];
  }

  private writeRevision(
    storyId: number,
    number: number,
    content: { headline: string; body: LexicalStateJson; bodyText: string },
    author: string | null,
    reason: RevisionSummary['reason'],
    wireVersion: number | null,
    now: string,
  ): void {
    this.sql(
      `INSERT INTO story_revisions (story_id, number, headline, body_json, body_text, author,
           reason, wire_version, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      storyId,
      number,
      content.headline,
      JSON.stringify(content.body),
      content.bodyText,
      author,
      reason,
      wireVersion,
      now,
    );
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
    bodyJson: JSON.stringify(story.body),
    bodyText: story.bodyText,
    wireId: story.wireId,
    wireVersion: story.wireVersion,
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
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

/**
 * Turns what an editor types into an FTS5 query: each word becomes a quoted prefix term, so
 * punctuation and FTS operators in the input can never make the query fail.
 */
export function ftsQuery(input: string): string | null {
  // ё is folded to е in the index (see migration 0005); the query must fold alike.
  const words = input
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
