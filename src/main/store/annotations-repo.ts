import type Database from 'better-sqlite3';
import type {
  Annotation,
  AnnotationNote,
  AnnotationStatus,
  AnnotationType,
} from '../../shared/model';
import { statementCache } from './statements';

interface AnnotationRow {
  id: string;
  story_id: number;
  type: string;
  status: string;
  speaker: string | null;
  source_name: string | null;
  source_url: string | null;
  quote: string;
  prefix: string;
  suffix: string;
  orphaned: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface NewAnnotation {
  id: string;
  storyId: number;
  type: AnnotationType;
  status: AnnotationStatus;
  speaker: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  quote: string;
  prefix: string;
  suffix: string;
}

export type AnnotationPatch = Partial<
  Pick<Annotation, 'type' | 'status' | 'speaker' | 'sourceName' | 'sourceUrl'>
>;

export class AnnotationsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  create(annotation: NewAnnotation, author: string | null, now: string): void {
    this.sql(
      `INSERT INTO annotations (id, story_id, type, status, speaker, source_name, source_url, quote,
         prefix, suffix, created_by, created_at, updated_by, updated_at)
       VALUES (@id, @storyId, @type, @status, @speaker, @sourceName, @sourceUrl, @quote, @prefix,
         @suffix, @author, @now, @author, @now)`,
    ).run({ ...annotation, author, now });
  }

  get(id: string): Annotation | null {
    const row = this.sql('SELECT * FROM annotations WHERE id = ?').get(id) as
      AnnotationRow | undefined;
    return row ? this.toAnnotation(row) : null;
  }

  listForStory(storyId: number): Annotation[] {
    const rows = this.sql(
      'SELECT * FROM annotations WHERE story_id = ? ORDER BY created_at, id',
    ).all(storyId) as AnnotationRow[];
    return rows.map((row) => this.toAnnotation(row));
  }

  update(id: string, patch: AnnotationPatch, author: string | null, now: string): void {
    const current = this.get(id)!;
    const next = { ...current, ...patch };
    this.sql(
      `UPDATE annotations SET type = ?, status = ?, speaker = ?, source_name = ?, source_url = ?,
         updated_by = ?, updated_at = ? WHERE id = ?`,
    ).run(next.type, next.status, next.speaker, next.sourceName, next.sourceUrl, author, now, id);
  }

  delete(id: string): boolean {
    return this.sql('DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
  }

  addNote(id: string, text: string, author: string | null, now: string): void {
    this.sql(
      'INSERT INTO annotation_notes (annotation_id, author, text, created_at) VALUES (?, ?, ?, ?)',
    ).run(id, author, text, now);
    this.sql('UPDATE annotations SET updated_by = ?, updated_at = ? WHERE id = ?').run(
      author,
      now,
      id,
    );
  }

  /** The text an annotation marks now, or that it is orphaned (its last quote kept). */
  anchor(id: string, anchor: { quote: string; prefix: string; suffix: string } | null): void {
    if (anchor) {
      this.sql(
        'UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?',
      ).run(anchor.quote, anchor.prefix, anchor.suffix, id);
    } else {
      this.sql('UPDATE annotations SET orphaned = 1 WHERE id = ?').run(id);
    }
  }

  dismissQuote(storyId: number, quote: string, now: string): void {
    this.sql(
      'INSERT OR IGNORE INTO dismissed_quotes (story_id, quote, dismissed_at) VALUES (?, ?, ?)',
    ).run(storyId, quote, now);
  }

  undismissQuote(storyId: number, quote: string): void {
    this.sql('DELETE FROM dismissed_quotes WHERE story_id = ? AND quote = ?').run(storyId, quote);
  }

  dismissedQuotes(storyId: number): Set<string> {
    const rows = this.sql('SELECT quote FROM dismissed_quotes WHERE story_id = ?').all(storyId) as {
      quote: string;
    }[];
    return new Set(rows.map((row) => row.quote));
  }

  private toAnnotation(row: AnnotationRow): Annotation {
    const notes = this.sql(
      'SELECT id, author, text, created_at AS createdAt FROM annotation_notes WHERE annotation_id = ? ORDER BY id',
    ).all(row.id) as AnnotationNote[];
    return {
      id: row.id,
      storyId: row.story_id,
      type: row.type as AnnotationType,
      status: row.status as AnnotationStatus,
      speaker: row.speaker,
      sourceName: row.source_name,
      sourceUrl: row.source_url,
      quote: row.quote,
      prefix: row.prefix,
      suffix: row.suffix,
      orphaned: row.orphaned === 1,
      notes,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    };
  }
}
