import type Database from 'better-sqlite3';
import type {
  LexicalStateJson,
  RevisionSummary,
  Story,
  StoryFormat,
  StorySummary,
} from '../../shared/model';

interface StoryRow {
  id: number;
  source: string | null;
  format: string;
  file_name: string | null;
  headline: string;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  language: string | null;
  story_date: string | null;
  wire_time: string | null;
  received_at: string;
  updated_at: string;
  body_json: string;
  body_text: string;
  revision: number;
}

export interface NewStory {
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
}

export interface StoryUpdate {
  headline: string;
  byline: string | null;
  body: LexicalStateJson;
  bodyText: string;
  author: string | null;
  reason: RevisionSummary['reason'];
}

const EXCERPT_CHARS = 220;
const SUMMARY_COLUMNS = `id, source, format, headline, language, story_date, wire_time, received_at,
  updated_at, substr(body_text, 1, ${EXCERPT_CHARS}) AS excerpt`;

/** Stories and their revisions. Every write that changes a body also writes a revision. */
export class StoriesRepo {
  constructor(private readonly db: Database.Database) {}

  insert(story: NewStory, author: string | null, now: string): number {
    return this.db.transaction(() => {
      const bodyJson = JSON.stringify(story.body);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO stories (source, format, file_name, content_hash, headline, kicker, byline,
             dateline, language, story_date, wire_time, received_at, updated_at, body_json, body_text)
           VALUES (@source, @format, @fileName, @contentHash, @headline, @kicker, @byline,
             @dateline, @language, @storyDate, @wireTime, @now, @now, @bodyJson, @bodyText)`,
        )
        .run({ ...story, bodyJson, now });
      const id = Number(lastInsertRowid);
      this.writeRevision(id, 1, story.headline, bodyJson, story.bodyText, author, 'import', now);
      return id;
    })();
  }

  findByContentHash(hash: string): number | null {
    const row = this.db
      .prepare('SELECT id FROM stories WHERE content_hash = ? LIMIT 1')
      .get(hash) as { id: number } | undefined;
    return row?.id ?? null;
  }

  get(id: number): Story | null {
    const row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as
      StoryRow | undefined;
    return row ? toStory(row) : null;
  }

  list(limit: number): StorySummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM stories
         ORDER BY coalesce(wire_time, story_date, received_at) DESC, id DESC LIMIT ?`,
      )
      .all(limit) as SummaryRow[];
    return rows.map(toSummary);
  }

  search(query: string, limit: number): StorySummary[] {
    const match = ftsQuery(query);
    if (!match) return this.list(limit);
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.replace(/\b(id|source|format|headline|language|story_date|wire_time|received_at|updated_at|body_text)\b/g, 's.$1')}
         FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid
         WHERE stories_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Writes a new revision and the story's current state; returns the new revision number. */
  update(id: number, update: StoryUpdate, now: string): number {
    return this.db.transaction(() => {
      const current = this.db.prepare('SELECT revision FROM stories WHERE id = ?').get(id) as
        { revision: number } | undefined;
      if (!current) throw new Error(`story ${id} vanished during save`);
      const revision = current.revision + 1;
      const bodyJson = JSON.stringify(update.body);
      this.db
        .prepare(
          `UPDATE stories SET headline = ?, byline = ?, body_json = ?, body_text = ?, revision = ?,
             updated_at = ? WHERE id = ?`,
        )
        .run(update.headline, update.byline, bodyJson, update.bodyText, revision, now, id);
      this.writeRevision(
        id,
        revision,
        update.headline,
        bodyJson,
        update.bodyText,
        update.author,
        update.reason,
        now,
      );
      return revision;
    })();
  }

  revisions(id: number): RevisionSummary[] {
    return this.db
      .prepare(
        `SELECT number, headline, author, reason, created_at AS createdAt
         FROM story_revisions WHERE story_id = ? ORDER BY number DESC`,
      )
      .all(id) as RevisionSummary[];
  }

  private writeRevision(
    storyId: number,
    number: number,
    headline: string,
    bodyJson: string,
    bodyText: string,
    author: string | null,
    reason: RevisionSummary['reason'],
    now: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO story_revisions (story_id, number, headline, body_json, body_text, author, reason, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(storyId, number, headline, bodyJson, bodyText, author, reason, now);
  }
}

type CommonRow = Pick<
  StoryRow,
  | 'id'
  | 'source'
  | 'format'
  | 'headline'
  | 'language'
  | 'story_date'
  | 'wire_time'
  | 'received_at'
  | 'updated_at'
>;
type SummaryRow = CommonRow & { excerpt: string };

/** The columns a summary and a full story share. */
function commonFields(row: CommonRow): Omit<StorySummary, 'excerpt'> {
  return {
    id: row.id,
    headline: row.headline,
    source: row.source,
    format: row.format as StoryFormat,
    language: row.language,
    storyDate: row.story_date,
    wireTime: row.wire_time,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
  };
}

function toSummary(row: SummaryRow): StorySummary {
  return { ...commonFields(row), excerpt: row.excerpt.replace(/\s+/g, ' ').trim() };
}

function toStory(row: StoryRow): Story {
  return {
    ...commonFields(row),
    byline: row.byline,
    dateline: row.dateline,
    kicker: row.kicker,
    fileName: row.file_name,
    body: JSON.parse(row.body_json) as LexicalStateJson,
    bodyText: row.body_text,
    revision: row.revision,
  };
}

/**
 * Turns what an editor types into an FTS5 query: each word becomes a quoted prefix term, so
 * punctuation and FTS operators in the input can never make the query fail.
 */
export function ftsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
