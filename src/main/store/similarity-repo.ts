import type Database from 'better-sqlite3';
import { statementCache } from './statements';
import {
  bandHashes,
  estimatedSimilarity,
  signatureFromBlob,
  signatureToBlob,
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
    const best = this.firstSimilar(storyId, signature, bands);
    this.insertBands(storyId, bands);
    if (!best) return null; // the signature itself was stored with the story
    const group = best.group ?? best.id;
    if (best.group === null) this.setGroup(best.id, group);
    this.setGroup(storyId, group);
    return group;
  }

  /**
   * A wire update replaced a story's text: its signature and bands become the new text's. It
   * stays in its group while it is still like one of the others there (a corrected flash is the
   * same event); otherwise it leaves, and joins whatever group the new text belongs to — a
   * flash too short to compare finds its rewrites once the full story arrives.
   */
  resign(storyId: number, signature: Uint32Array | null): void {
    const row = this.sql('SELECT minhash, similar_group FROM stories WHERE id = ?').get(storyId) as
      { minhash: Buffer | null; similar_group: number | null } | undefined;
    if (!row) return;
    if (row.minhash) this.removeBands(storyId, signatureFromBlob(row.minhash));
    this.sql('UPDATE stories SET minhash = ? WHERE id = ?').run(
      signature ? signatureToBlob(signature) : null,
      storyId,
    );
    const group = row.similar_group;
    if (group !== null && signature && this.likeAnotherMember(storyId, group, signature)) {
      this.insertBands(storyId, bandHashes(signature));
      return;
    }
    if (group !== null) this.leaveGroup(storyId, group);
    if (signature) this.assign(storyId, signature);
  }

  private firstSimilar(
    storyId: number,
    signature: Uint32Array,
    bands: number[],
  ): { id: number; group: number | null } | null {
    // Most stories of an import are like none before them: one look at all their bands at
    // once rules that out, instead of a query per band.
    if (!this.anyBandShared(storyId, bands)) return null;
    const candidates = this.sql(
      `SELECT DISTINCT l.story_id AS id, s.minhash, s.similar_group
         FROM story_lsh l JOIN stories s ON s.id = l.story_id
         WHERE l.band = ? AND l.hash = ? AND l.story_id != ? LIMIT ${PER_BAND}`,
    );
    const seen = new Set<number>();
    for (let band = 0; band < bands.length && seen.size < MAX_CANDIDATES; band += 1) {
      const rows = candidates.all(band, bands[band], storyId) as {
        id: number;
        minhash: Buffer;
        similar_group: number | null;
      }[];
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        if (estimatedSimilarity(signature, signatureFromBlob(row.minhash)) >= SIMILARITY_THRESHOLD)
          return { id: row.id, group: row.similar_group };
      }
    }
    return null;
  }

  private anyBandShared(storyId: number, bands: number[]): boolean {
    const shared = this.sql(
      `SELECT 1 FROM story_lsh
         WHERE (band, hash) IN (VALUES ${bands.map(() => '(?, ?)').join(', ')}) AND story_id != ?
         LIMIT 1`,
    );
    return shared.get(...bands.flatMap((hash, band) => [band, hash]), storyId) !== undefined;
  }

  private likeAnotherMember(storyId: number, group: number, signature: Uint32Array): boolean {
    const others = this.sql(
      `SELECT minhash FROM stories
         WHERE similar_group = ? AND id != ? AND minhash IS NOT NULL LIMIT ${MAX_CANDIDATES}`,
    )
      .pluck()
      .all(group, storyId) as Buffer[];
    return others.some(
      (other) => estimatedSimilarity(signature, signatureFromBlob(other)) >= SIMILARITY_THRESHOLD,
    );
  }

  /**
   * Out of its group; a member left alone there is in no group either ("1 similar" to none).
   * A group is labelled by its first story's id: when that story leaves, the others take the
   * id of the first of them, lest a later story joining the leaver join them too.
   */
  private leaveGroup(storyId: number, group: number): void {
    this.setGroup(storyId, null);
    const left = this.sql('SELECT id FROM stories WHERE similar_group = ? ORDER BY id LIMIT 2')
      .pluck()
      .all(group) as number[];
    if (left.length === 1) this.setGroup(left[0]!, null);
    else if (left.length > 1 && group === storyId)
      this.sql('UPDATE stories SET similar_group = ? WHERE similar_group = ?').run(left[0], group);
  }

  private insertBands(storyId: number, bands: number[]): void {
    // One statement for all the bands: a story's 21 rows are written at every import.
    const insert = this.sql(
      `INSERT OR IGNORE INTO story_lsh (band, hash, story_id)
         VALUES ${bands.map(() => '(?, ?, ?)').join(', ')}`,
    );
    insert.run(...bands.flatMap((hash, band) => [band, hash, storyId]));
  }

  /**
   * By the key each band was stored under, from the signature that made them: story_lsh has
   * no index on story_id (it is written 21 times per story on import), and a scan of it is
   * two million rows at a year's archive.
   */
  private removeBands(storyId: number, signature: Uint32Array): void {
    const deleteBand = this.sql(
      'DELETE FROM story_lsh WHERE band = ? AND hash = ? AND story_id = ?',
    );
    bandHashes(signature).forEach((hash, band) => deleteBand.run(band, hash, storyId));
  }

  private setGroup(storyId: number, group: number | null): void {
    this.sql('UPDATE stories SET similar_group = ? WHERE id = ?').run(group, storyId);
  }
}
