import type Database from 'better-sqlite3';

/** What other connections committed since the last look. */
export interface ChangesSeen {
  /** Stories new to the store. */
  newStories: number;
  /** Stories a wire update changed. */
  wireUpdated: number[];
  /** Stories an editor saved or restored: the story's revision now, and the saving session. */
  saved: { id: number; revision: number; session: string | null }[];
  /** Editions made or changed, at their revision now. */
  digests: { id: number; revision: number }[];
}

/**
 * Changes made to the store by another process: the command line run by hand or by cron, a
 * second app on the same file. SQLite's data_version tells a connection that another one has
 * committed (it does not move for the connection's own commits); cheap cursors say what: the
 * highest story id, the highest revision row (wire updates and editors' saves each write one),
 * and each edition's revision. Changes of this process since the last look may be among them:
 * the events they give are then news already told, and a window that hears them again fetches
 * again, nothing more.
 */
export class ChangesElsewhere {
  private version: number;
  private lastStoryId: number;
  /**
   * The last revision row seen, by id and by the story revision it holds: a save folded into
   * its session's revision deletes that row and writes a new one, which takes the same id when
   * it was the highest (no AUTOINCREMENT), so the id alone would miss it.
   */
  private lastRevision: { row: number; number: number };
  private digestRevisions: Map<number, number>;

  constructor(readonly db: Database.Database) {
    this.version = this.dataVersion();
    this.lastStoryId = this.maxId('stories');
    this.lastRevision = this.lastRevisionRow();
    this.digestRevisions = this.editions();
  }

  /** What changed since the last look, or null when no other connection committed. */
  look(): ChangesSeen | null {
    const version = this.dataVersion();
    if (version === this.version) return null;
    // Everything is read before any cursor moves: a look that fails leaves them for the next.
    const lastStoryId = this.maxId('stories');
    const newStories = Math.max(0, lastStoryId - this.lastStoryId);
    const rows = this.db
      .prepare(
        `SELECT r.id AS row, r.number, r.story_id AS id, r.reason, r.session, s.revision
           FROM story_revisions r JOIN stories s ON s.id = r.story_id
          WHERE r.id > @row OR (r.id = @row AND r.number != @number) ORDER BY r.id`,
      )
      .all(this.lastRevision) as {
      row: number;
      number: number;
      id: number;
      reason: string;
      session: string | null;
      revision: number;
    }[];
    const editions = this.editions();

    this.version = version;
    this.lastStoryId = lastStoryId;
    const last = rows.at(-1);
    if (last) this.lastRevision = { row: last.row, number: last.number };
    const wireUpdated = [
      ...new Set(rows.filter((row) => row.reason === 'wire-update').map((row) => row.id)),
    ];
    const saved = rows
      .filter((row) => row.reason === 'edit' || row.reason === 'restore')
      .map(({ id, revision, session }) => ({ id, revision, session }));

    const digests = [...editions]
      .filter(([id, revision]) => this.digestRevisions.get(id) !== revision)
      .map(([id, revision]) => ({ id, revision }));
    this.digestRevisions = editions;
    return { newStories, wireUpdated, saved, digests };
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private lastRevisionRow(): { row: number; number: number } {
    const last = this.db
      .prepare('SELECT id AS row, number FROM story_revisions ORDER BY id DESC LIMIT 1')
      .get() as { row: number; number: number } | undefined;
    return last ?? { row: 0, number: 0 };
  }

  private maxId(table: 'stories' | 'story_revisions'): number {
    return (
      (this.db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) ?? 0
    );
  }

  private editions(): Map<number, number> {
    const rows = this.db.prepare('SELECT id, revision FROM digests').all() as {
      id: number;
      revision: number;
    }[];
    return new Map(rows.map((row) => [row.id, row.revision]));
  }
}
