import type Database from 'better-sqlite3';
import {
  WIRE_SECTION_MAX,
  type StorySummary,
  type WindowFacets,
  type WindowStoryFilters,
} from '../../shared/model';
import type { WindowRange } from '../digest/window';
import { statementCache } from './statements';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './story-rows';

/** How many of the window's wire sections its filter offers. */
const SECTION_CHOICES = 60;

/**
 * The store's reading side for lists: the inbox's pages, its search, and an edition's 24-hour
 * window with filters and highlighted snippets. StoriesRepo answers for these through it.
 */
export interface WindowQuery extends WindowStoryFilters, WindowRange {
  digestId: number;
  now: string;
  limit: number;
}

/** A page of the inbox: `after` is the id of the last story of the previous page. */
export interface ListPage {
  limit: number;
  after?: number;
}

/**
 * The inbox's order, newest first: the wire's time, or the story's day, but never later than
 * its latest arrival (a clock a year ahead would pin a story on top; a wire update, wire-timed
 * when it arrives, rises with it). Migration 0017 indexes exactly this expression.
 */
const INBOX_ORDER_KEY = (table: string) =>
  `min(coalesce(${table}.wire_time, ${table}.story_date, ${table}.received_at), ${table}.updated_at)`;

/**
 * A story of the window (see WindowRange): its wire time in it, else its arrival, unless it is
 * dated before the window's first day. The time conditions come first, on the index of
 * migration 0006's window-time expression.
 */
const IN_WINDOW = (table: string) =>
  `coalesce(${table}.wire_time, ${table}.received_at) >= @start
   AND coalesce(${table}.wire_time, ${table}.received_at) < @end
   AND (${table}.wire_time IS NOT NULL OR ${table}.story_date IS NULL
        OR ${table}.story_date >= @firstDay)`;

/** Window search results that get a highlighted snippet: about two screens of rows. */
const SNIPPET_ROWS = 40;

export class StoryListings {
  private readonly sql: (text: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  /**
   * Newest first, a page at a time: `after` is the last story of the previous page. Near
   * duplicates are folded into their group's first story unless asked. The order is an index
   * (migration 0006) and a page starts by seeking in it, so a page deep in a year of wire
   * costs what the first one does. A page after a story that no longer exists is empty.
   */
  list(options: ListPage & { similarGroup?: number; includeSimilar?: boolean }): StorySummary[] {
    const conditions = [
      options.similarGroup !== undefined
        ? 's.similar_group = @group'
        : options.includeSimilar
          ? '1'
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
    // Punctuation alone has no word to look for: nothing matches (not the whole inbox).
    if (!match) return [];
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
    const match = query.search?.trim() ? ftsQuery(query.search) : null;
    if (query.search?.trim() && !match) return [];
    const conditions = [IN_WINDOW('s')];
    if (query.source) conditions.push('s.source = @source');
    if (query.language) conditions.push('s.language = @language');
    if (query.section)
      conditions.push('EXISTS (SELECT 1 FROM json_each(s.subjects_json) WHERE value = @section)');
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
    const ids = match ? this.windowIds(query) : { low: null, high: null };
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
      firstDay: query.firstDay,
      source: query.source ?? null,
      language: query.language ?? null,
      section: query.section ?? null,
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

  /** The sources, languages and wire sections of a window's stories, and how many there are. */
  windowFacets(range: WindowRange): WindowFacets {
    const window = { start: range.start, end: range.end, firstDay: range.firstDay };
    const rows = this.sql(
      `SELECT source, language, count(*) AS n FROM stories
         WHERE ${IN_WINDOW('stories')}
         GROUP BY source, language`,
    ).all(window) as { source: string | null; language: string | null; n: number }[];
    const distinct = (values: (string | null)[]): string[] =>
      [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) =>
        a.localeCompare(b),
      );
    // Keywords count as subjects too, so a day can name hundreds: the filter offers the most
    // frequent, by name.
    const sections = this.sql(
      `SELECT j.value AS name FROM stories s, json_each(s.subjects_json) j
         WHERE ${IN_WINDOW('s')}
           -- Bytes of UTF-8 are never fewer than UTF-16 units: nothing longer than the filter takes.
           AND j.type = 'text' AND length(CAST(j.value AS BLOB)) <= ${WIRE_SECTION_MAX}
         GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ${SECTION_CHOICES}`,
    ).all(window) as { name: string }[];
    return {
      total: rows.reduce((sum, row) => sum + row.n, 0),
      sources: distinct(rows.map((row) => row.source)),
      languages: distinct(rows.map((row) => row.language)),
      sections: distinct(sections.map((row) => row.name)),
    };
  }

  /** The lowest and highest id of a window's stories, off the window-time index. */
  private windowIds(range: WindowRange): { low: number | null; high: number | null } {
    return this.sql(
      `SELECT min(id) AS low, max(id) AS high FROM stories WHERE ${IN_WINDOW('stories')}`,
    ).get({ start: range.start, end: range.end, firstDay: range.firstDay }) as {
      low: number | null;
      high: number | null;
    };
  }
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
