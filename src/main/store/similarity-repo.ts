import type Database from 'better-sqlite3';
import {
  bandHashes,
  estimatedSimilarity,
  signatureFromBlob,
  signatureToBlob,
  SIMILARITY_THRESHOLD,
} from '../ingest/minhash';

/** How many candidates to confirm at most; common bands in boilerplate-heavy copy stop here. */
const MAX_CANDIDATES = 200;

/** Near-duplicate groups: MinHash signatures on stories, LSH bands in story_lsh. */
export class SimilarityRepo {
  constructor(private readonly db: Database.Database) {}

  /**
   * Records a story's signature and joins it to the group of its most similar earlier story,
   * if any is similar enough. Returns the group id (the group's first story) or null.
   */
  assign(storyId: number, signature: Uint32Array): number | null {
    const bands = bandHashes(signature);
    const candidates = this.db.prepare(
      `SELECT DISTINCT l.story_id AS id, s.minhash, s.similar_group
         FROM story_lsh l JOIN stories s ON s.id = l.story_id
         WHERE l.band = ? AND l.hash = ? AND l.story_id != ?`,
    );
    const seen = new Map<number, { minhash: Buffer; group: number | null }>();
    for (let band = 0; band < bands.length && seen.size < MAX_CANDIDATES; band += 1) {
      for (const row of candidates.all(band, bands[band], storyId) as {
        id: number;
        minhash: Buffer;
        similar_group: number | null;
      }[]) {
        seen.set(row.id, { minhash: row.minhash, group: row.similar_group });
      }
    }
    let best: { id: number; group: number | null; score: number } | null = null;
    for (const [id, candidate] of seen) {
      const score = estimatedSimilarity(signature, signatureFromBlob(candidate.minhash));
      if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score))
        best = { id, group: candidate.group, score };
    }
    const insertBand = this.db.prepare(
      'INSERT OR IGNORE INTO story_lsh (band, hash, story_id) VALUES (?, ?, ?)',
    );
    bands.forEach((hash, band) => insertBand.run(band, hash, storyId));
    let group: number | null = null;
    if (best) {
      group = best.group ?? best.id;
      if (best.group === null)
        this.db.prepare('UPDATE stories SET similar_group = ? WHERE id = ?').run(group, best.id);
    }
    this.db
      .prepare('UPDATE stories SET minhash = ?, similar_group = ? WHERE id = ?')
      .run(signatureToBlob(signature), group, storyId);
    return group;
  }

  /** A story's text changed (a wire update): its bands are recomputed, its group kept. */
  forget(storyId: number): void {
    this.db.prepare('DELETE FROM story_lsh WHERE story_id = ?').run(storyId);
  }
}
