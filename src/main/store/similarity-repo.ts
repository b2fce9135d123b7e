import type Database from 'better-sqlite3';
import { statementCache } from './statements';
import {
  bandHashes,
  estimatedSimilarity,
  signatureFromBlob,
  SIMILARITY_THRESHOLD,
} from '../ingest/minhash';

/** How many candidates to confirm at most; common bands in boilerplate-heavy copy stop here. */
const MAX_CANDIDATES = 200;
/** Rows read per band: a band shared by a big group needs only a few members to find it. */
const PER_BAND = 20;

/** Near-duplicate groups: MinHash signatures on stories, LSH bands in story_lsh. */
export class SimilarityRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  /**
   * Records a story's signature and joins it to the group of the first earlier story found
   * similar enough (groups are coarse — "the same event" — so the first confirmed match is as
   * good as the best, and stopping there keeps imports fast). Returns the group id or null.
   */
  assign(storyId: number, signature: Uint32Array): number | null {
    const bands = bandHashes(signature);
    const candidates = this.sql(
      `SELECT DISTINCT l.story_id AS id, s.minhash, s.similar_group
         FROM story_lsh l JOIN stories s ON s.id = l.story_id
         WHERE l.band = ? AND l.hash = ? AND l.story_id != ? LIMIT ${PER_BAND}`,
    );
    const seen = new Set<number>();
    let best: { id: number; group: number | null } | null = null;
    for (let band = 0; band < bands.length && !best && seen.size < MAX_CANDIDATES; band += 1) {
      const rows = candidates.all(band, bands[band], storyId) as {
        id: number;
        minhash: Buffer;
        similar_group: number | null;
      }[];
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        if (
          estimatedSimilarity(signature, signatureFromBlob(row.minhash)) >= SIMILARITY_THRESHOLD
        ) {
          best = { id: row.id, group: row.similar_group };
          break;
        }
      }
    }
    const insertBand = this.sql(
      'INSERT OR IGNORE INTO story_lsh (band, hash, story_id) VALUES (?, ?, ?)',
    );
    bands.forEach((hash, band) => insertBand.run(band, hash, storyId));
    if (!best) return null; // the signature itself was stored with the story
    const group = best.group ?? best.id;
    if (best.group === null)
      this.sql('UPDATE stories SET similar_group = ? WHERE id = ?').run(group, best.id);
    this.sql('UPDATE stories SET similar_group = ? WHERE id = ?').run(group, storyId);
    return group;
  }

  /** A story's text changed (a wire update): its bands are recomputed, its group kept. */
  forget(storyId: number): void {
    this.sql('DELETE FROM story_lsh WHERE story_id = ?').run(storyId);
  }
}
