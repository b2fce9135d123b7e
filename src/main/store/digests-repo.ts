import type Database from 'better-sqlite3';
import type { DigestFields, DigestSummary, LexicalStateJson } from '../../shared/model';
import { statementCache } from './statements';

export interface DigestRow {
  id: number;
  date: string;
  title: string;
  subject: string;
  preheader: string;
  intro_json: string | null;
  intro_text: string;
  signoff: string | null;
  timezone: string;
  close_time: string;
  language: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export type DigestFieldsUpdate = Partial<DigestFields> & { introText?: string };

/** Digests (editions) and their own fields; items and sections live in DigestItemsRepo. */
export class DigestsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  create(
    date: string,
    fields: Pick<DigestFields, 'title' | 'timezone' | 'closeTime' | 'language'> &
      Partial<DigestFields>,
    now: string,
  ): number {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO digests (date, title, subject, preheader, signoff, timezone, close_time, language,
         created_at, updated_at)
       VALUES (@date, @title, @subject, @preheader, @signoff, @timezone, @closeTime, @language, @now, @now)`,
    ).run({
      date,
      title: fields.title,
      subject: fields.subject ?? '',
      preheader: fields.preheader ?? '',
      signoff: fields.signoff ?? null,
      timezone: fields.timezone,
      closeTime: fields.closeTime,
      language: fields.language,
      now,
    });
    return Number(lastInsertRowid);
  }

  row(id: number): DigestRow | null {
    return (
      (this.sql('SELECT * FROM digests WHERE id = ?').get(id) as DigestRow | undefined) ?? null
    );
  }

  /**
   * The edition before a new one of `date`, to start it from its sections and settings: the
   * latest of that same day if there is one (a second, evening or special edition is that day's
   * newsroom at work, its close time and sections), else the latest of an earlier day; never
   * `except` (the sample edition).
   */
  previous(date: string, except: number | null = null): DigestRow | null {
    return (
      (this.sql(
        `SELECT * FROM digests WHERE date <= ? AND id IS NOT ?
           ORDER BY date DESC, id DESC LIMIT 1`,
      ).get(date, except) as DigestRow | undefined) ?? null
    );
  }

  /** Newest first; `limit` (the menu's recent editions) or all of them. */
  list(limit = -1): DigestSummary[] {
    return this.sql(
      `SELECT d.id, d.date, d.title, d.created_at AS createdAt, d.updated_at AS updatedAt,
         (SELECT count(*) FROM digest_items i WHERE i.digest_id = d.id) AS itemCount
       FROM digests d ORDER BY d.date DESC, d.id DESC LIMIT ?`,
    ).all(limit) as DigestSummary[];
  }

  update(id: number, fields: DigestFieldsUpdate, now: string): void {
    const current = this.row(id)!;
    this.sql(
      `UPDATE digests SET title = @title, subject = @subject, preheader = @preheader,
         intro_json = @introJson, intro_text = @introText, signoff = @signoff, timezone = @timezone,
         close_time = @closeTime, language = @language WHERE id = @id`,
    ).run({
      id,
      title: fields.title ?? current.title,
      subject: fields.subject ?? current.subject,
      preheader: fields.preheader ?? current.preheader,
      introJson:
        fields.intro === undefined
          ? current.intro_json
          : fields.intro === null
            ? null
            : JSON.stringify(fields.intro),
      introText: fields.introText ?? current.intro_text,
      signoff: fields.signoff === undefined ? current.signoff : fields.signoff,
      timezone: fields.timezone ?? current.timezone,
      closeTime: fields.closeTime ?? current.close_time,
      language: fields.language ?? current.language,
    });
    this.touch(id, now);
  }

  /** Every change bumps the revision, so other windows can tell they are behind. */
  touch(id: number, now: string): void {
    this.sql('UPDATE digests SET updated_at = ?, revision = revision + 1 WHERE id = ?').run(
      now,
      id,
    );
  }

  recordOverride(
    id: number,
    format: string,
    reason: string,
    author: string | null,
    findings: unknown,
    now: string,
  ): void {
    this.sql(
      'INSERT INTO export_overrides (digest_id, format, reason, author, findings_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, format, reason, author, JSON.stringify(findings), now);
  }
}

export function introOf(row: DigestRow): LexicalStateJson | null {
  return row.intro_json ? (JSON.parse(row.intro_json) as LexicalStateJson) : null;
}
