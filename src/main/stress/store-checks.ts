import type Database from 'better-sqlite3';

/** What must hold in any store a crash left behind, whatever was running. */
export interface StoreHealth {
  /** `PRAGMA integrity_check`: "ok" or its first complaint. */
  integrity: string;
  foreignKeyViolations: number;
  /** FTS5's own check of the index against the stories table (external content). */
  ftsConsistent: boolean;
  storiesWithoutFtsRow: number;
  /**
   * Revision 1 is the story row itself until a first change; after one, revisions 1 and the
   * story's current one exist, and none above it (an editor's folded saves leave gaps between).
   */
  storiesWithIncompleteRevisions: number;
  /** An edited story's current text is its latest revision's (both written in one save). */
  storiesNotMatchingLatestRevision: number;
}

export function storeHealth(db: Database.Database): StoreHealth {
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
  let ftsConsistent = true;
  try {
    db.prepare(`INSERT INTO stories_fts(stories_fts, rank) VALUES ('integrity-check', 1)`).run();
  } catch {
    ftsConsistent = false;
  }
  const count = (sql: string): number => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    integrity,
    foreignKeyViolations,
    ftsConsistent,
    storiesWithoutFtsRow: count(
      `SELECT count(*) FROM stories s WHERE NOT EXISTS
         (SELECT 1 FROM stories_fts_docsize d WHERE d.id = s.id)`,
    ),
    storiesWithIncompleteRevisions: count(
      `SELECT count(*) FROM stories s
         LEFT JOIN (SELECT story_id, count(*) AS n, min(number) AS lo, max(number) AS hi
                    FROM story_revisions GROUP BY story_id) r ON r.story_id = s.id
       WHERE CASE WHEN r.n IS NULL THEN s.revision <> 1
                  ELSE r.n > s.revision OR r.lo <> 1 OR r.hi <> s.revision END`,
    ),
    storiesNotMatchingLatestRevision: count(
      `SELECT count(*) FROM stories s JOIN story_revisions r
         ON r.story_id = s.id AND r.number = s.revision
       WHERE s.wire_conflict = 0 AND (r.body_text <> s.body_text OR r.headline <> s.headline)`,
    ),
  };
}

export function isHealthy(health: StoreHealth): boolean {
  return (
    health.integrity === 'ok' &&
    health.foreignKeyViolations === 0 &&
    health.ftsConsistent &&
    health.storiesWithoutFtsRow === 0 &&
    health.storiesWithIncompleteRevisions === 0 &&
    health.storiesNotMatchingLatestRevision === 0
  );
}

/** Stories per stored file name. */
export function storiesPerFile(db: Database.Database): Map<string, number> {
  const rows = db
    .prepare('SELECT file_name AS file, count(*) AS n FROM stories GROUP BY file_name')
    .all() as { file: string | null; n: number }[];
  return new Map(rows.map((row) => [row.file ?? '', row.n]));
}

/**
 * Files of which some but not all stories are stored, against a clean import's counts. Files
 * the clean import does not know (or stores more of) count too: nothing may appear twice.
 */
export function halfImportedFiles(
  found: Map<string, number>,
  expected: Map<string, number>,
): string[] {
  return [...found].filter(([file, n]) => n !== (expected.get(file) ?? 0)).map(([file]) => file);
}
