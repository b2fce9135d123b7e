import type Database from 'better-sqlite3';
import { statementCache } from './statements';
import type { Digest, DigestItem, DigestSummary } from '../../shared/model';

interface DigestRow {
  id: number;
  date: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/** Digests and their ordered items. */
export class DigestsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  create(date: string, title: string, now: string): number {
    const { lastInsertRowid } = this.sql(
      'INSERT INTO digests (date, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
    ).run(date, title, now, now);
    return Number(lastInsertRowid);
  }

  list(): DigestSummary[] {
    return this.sql(
      `SELECT d.id, d.date, d.title, d.created_at AS createdAt, d.updated_at AS updatedAt,
           (SELECT count(*) FROM digest_items i WHERE i.digest_id = d.id) AS itemCount
         FROM digests d ORDER BY d.date DESC, d.id DESC`,
    ).all() as DigestSummary[];
  }

  get(id: number): Digest | null {
    const row = this.sql('SELECT * FROM digests WHERE id = ?').get(id) as DigestRow | undefined;
    if (!row) return null;
    const items = this.sql(
      `SELECT i.id, i.story_id AS storyId, i.position, s.headline, s.source,
           substr(s.body_text, 1, 220) AS excerpt
         FROM digest_items i JOIN stories s ON s.id = i.story_id
         WHERE i.digest_id = ? ORDER BY i.position`,
    ).all(id) as DigestItem[];
    return {
      id: row.id,
      date: row.date,
      title: row.title,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      items,
    };
  }

  /** Appends stories in the given order; stories already in the digest keep their place. */
  addStories(digestId: number, storyIds: number[], now: string): void {
    this.db.transaction(() => {
      const { next } = this.sql(
        'SELECT coalesce(max(position), -1) + 1 AS next FROM digest_items WHERE digest_id = ?',
      ).get(digestId) as { next: number };
      const insert = this.sql(
        'INSERT OR IGNORE INTO digest_items (digest_id, story_id, position) VALUES (?, ?, ?)',
      );
      let position = next;
      for (const storyId of storyIds) {
        if (insert.run(digestId, storyId, position).changes > 0) position += 1;
      }
      this.touch(digestId, now);
    })();
  }

  /** Removes an item and closes the gap, so positions stay 0..n-1. */
  removeItem(digestId: number, itemId: number, now: string): boolean {
    return this.db.transaction(() => {
      const removed = this.sql(
        'DELETE FROM digest_items WHERE id = ? AND digest_id = ? RETURNING position',
      ).get(itemId, digestId) as { position: number } | undefined;
      if (!removed) return false;
      this.sql(
        'UPDATE digest_items SET position = position - 1 WHERE digest_id = ? AND position > ?',
      ).run(digestId, removed.position);
      this.touch(digestId, now);
      return true;
    })();
  }

  private touch(digestId: number, now: string): void {
    this.sql('UPDATE digests SET updated_at = ? WHERE id = ?').run(now, digestId);
  }
}
