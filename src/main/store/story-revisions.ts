import type Database from 'better-sqlite3';
import type { LexicalStateJson, RevisionContent, RevisionSummary } from '../../shared/model';
import { REVISION_FOLD_MINUTES } from '../../shared/revision-folding';
import { statementCache } from './statements';
import type { EditorUpdate } from './stories-repo';

/**
 * How long one editor's saves keep folding into the same revision (every two seconds of typing
 * wrote a full copy of the story).
 */
export const REVISION_FOLD_MS = REVISION_FOLD_MINUTES * 60_000;

/** How soon after a restore its reopened editor's marks are still part of it. */
const MARKS_AFTER_RESTORE_MS = 60_000;

/**
 * A story's revisions (story_revisions): written with every change of its body, read by the
 * revision list, compare and restore. The imported state becomes revision 1 only when the story
 * first changes; until then the story row itself answers for it.
 */
export class StoryRevisions {
  private readonly sql: (text: string) => Database.Statement;

  constructor(db: Database.Database) {
    this.sql = statementCache(db);
  }

  /**
   * Before the first change to a story, its imported state is written out as revision 1, so the
   * revision history is complete without paying for a copy of every story ever imported.
   */
  keepImport(id: number): void {
    this.sql(
      `INSERT INTO story_revisions (story_id, number, headline, body_json, body_text, author, reason,
         wire_version, created_at)
       SELECT id, 1, headline, body_json, body_text, NULL, 'import', wire_version, received_at
       FROM stories WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)`,
    ).run({ id });
  }

  /** Whether a revision of the story (the import, a wire update…) had this headline and text. */
  hadWireText(id: number, headline: string, bodyText: string): boolean {
    return (
      this.sql(
        `SELECT 1 FROM story_revisions
           WHERE story_id = ? AND headline = ? AND body_text = ? AND reason != 'edit' LIMIT 1`,
      ).get(id, headline, bodyText) !== undefined
    );
  }

  /** Whether a wire update came after the given revision. */
  wireUpdatedSince(id: number, revision: number): boolean {
    return (
      this.sql(
        `SELECT 1 FROM story_revisions WHERE story_id = ? AND number > ? AND reason = 'wire-update'`,
      ).get(id, revision) !== undefined
    );
  }

  /**
   * An editor's save replaces the revision its own previous save wrote, if that is the story's
   * latest, by the same author, and its run of saves began less than REVISION_FOLD_MS ago: the
   * run's start, kept for the new revision; null when this save starts a revision of its own.
   * Numbers go on rising (they are what a stale editor is refused by), so folded ones leave gaps.
   */
  foldIntoSession(id: number, latest: number, update: EditorUpdate, now: string): string | null {
    if (update.reason !== 'edit' || !update.session) return null;
    const previous = this.sql(
      `SELECT session_started_at AS startedAt FROM story_revisions
         WHERE story_id = @id AND number = @latest AND reason = 'edit' AND session = @session
           AND author IS @author`,
    ).get({ id, latest, session: update.session, author: update.author }) as
      { startedAt: string | null } | undefined;
    if (!previous?.startedAt) return null;
    // A clock set back, or a start that does not read as a time, starts a new revision.
    const age = Date.parse(now) - Date.parse(previous.startedAt);
    if (!(age >= 0 && age < REVISION_FOLD_MS)) return null;
    this.sql('DELETE FROM story_revisions WHERE story_id = ? AND number = ?').run(id, latest);
    return previous.startedAt;
  }

  /**
   * A restore is followed, a moment later, by the reopened editor giving back the marks of the
   * annotations made since the restored revision (ReanchorPlugin): a save of the same words,
   * which showed as an edit no one made, just after "restored from #N". Such a save, within a
   * minute of the restore, by the same author, replaces the restore's revision and stays the
   * restore; what it restored, returned. Any change of words is an edit of its own.
   */
  foldMarksIntoRestore(
    id: number,
    latest: number,
    update: EditorUpdate,
    bodyText: string,
    now: string,
  ): { restoredFrom: number | null } | null {
    if (update.reason !== 'edit') return null;
    const restore = this.sql(
      `SELECT created_at AS createdAt, restored_from AS restoredFrom FROM story_revisions
         WHERE story_id = @id AND number = @latest AND reason = 'restore' AND author IS @author
           AND headline = @headline AND body_text = @bodyText`,
    ).get({ id, latest, author: update.author, headline: update.headline, bodyText }) as
      { createdAt: string; restoredFrom: number | null } | undefined;
    if (!restore) return null;
    const age = Date.parse(now) - Date.parse(restore.createdAt);
    if (!(age >= 0 && age < MARKS_AFTER_RESTORE_MS)) return null;
    this.sql('DELETE FROM story_revisions WHERE story_id = ? AND number = ?').run(id, latest);
    return { restoredFrom: restore.restoredFrom };
  }

  get(id: number, number: number): RevisionContent | null {
    const row = this.sql(
      `SELECT number, headline, author, reason, wire_version AS wireVersion, created_at AS createdAt,
         restored_from AS restoredFrom, body_json AS bodyJson, body_text AS bodyText
       FROM story_revisions WHERE story_id = @id AND number = @number
       UNION ALL
       SELECT 1, headline, NULL, 'import', wire_version, received_at, NULL, body_json, body_text
       FROM stories WHERE id = @id AND @number = 1
         AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)`,
    ).get({ id, number }) as (RevisionSummary & { bodyJson: string; bodyText: string }) | undefined;
    if (!row) return null;
    const { bodyJson, ...summary } = row;
    return { ...summary, body: JSON.parse(bodyJson) as LexicalStateJson };
  }

  /**
   * Newest first. The current one is the newest holding the story's headline and body: a wire
   * update that came over an editor's edits is newer but is not the text (the list called it
   * current and offered no way to restore it); the newest where none matches.
   */
  list(id: number): RevisionSummary[] {
    const rows = this.sql(
      `SELECT r.number, r.headline, r.author, r.reason, r.wire_version AS wireVersion,
         r.created_at AS createdAt, r.restored_from AS restoredFrom,
         (r.headline = s.headline AND r.body_json = s.body_json) AS same
         FROM story_revisions r JOIN stories s ON s.id = r.story_id WHERE r.story_id = @id
       UNION ALL
       SELECT 1, headline, NULL, 'import', wire_version, received_at, NULL, 1 FROM stories
       WHERE id = @id AND NOT EXISTS (SELECT 1 FROM story_revisions WHERE story_id = @id)
       ORDER BY number DESC`,
    ).all({ id }) as (Omit<RevisionSummary, 'current'> & { same: 0 | 1 })[];
    const current = (rows.find((row) => row.same === 1) ?? rows[0])?.number;
    return rows.map(({ same: _same, ...row }) => ({ ...row, current: row.number === current }));
  }

  write(
    storyId: number,
    number: number,
    content: { headline: string; bodyJson: string; bodyText: string },
    author: string | null,
    reason: RevisionSummary['reason'],
    wireVersion: number | null,
    now: string,
    session: { session: string; startedAt: string } | null = null,
    restoredFrom: number | null = null,
  ): void {
    this.sql(
      `INSERT INTO story_revisions (story_id, number, headline, body_json, body_text, author,
           reason, wire_version, created_at, session, session_started_at, restored_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      storyId,
      number,
      content.headline,
      content.bodyJson,
      content.bodyText,
      author,
      reason,
      wireVersion,
      now,
      session?.session ?? null,
      session?.startedAt ?? null,
      restoredFrom,
    );
  }
}
