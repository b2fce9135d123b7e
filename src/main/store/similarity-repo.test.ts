import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BANDS, bandHashes, minhashSignature } from '../ingest/minhash';
import { memoryContext } from '../test/helpers';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { SimilarityRepo } from './similarity-repo';

const BASE = Array.from(
  { length: 60 },
  (_, index) => `дума${index} ${['правителство', 'бюджет', 'София', 'министър'][index % 4]}`,
).join(' ');

/** A story row with this text's signature, as the import leaves it before assign. */
function storyWith(ctx: { db: Database.Database }, text: string): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO stories (source, format, file_name, content_hash, headline, received_at,
         updated_at, body_json, body_text, minhash)
       VALUES ('test', 'text', 'x.txt', hex(randomblob(8)), 'H', 'now', 'now', '{}', ?, ?)`,
    )
    .run(text, Buffer.from(minhashSignature(text)!.buffer));
  return Number(lastInsertRowid);
}

describe('near-duplicate groups', () => {
  it('puts every rewrite of a story in the group of the first, and an unrelated story in none', () => {
    const ctx = memoryContext();
    const assign = (text: string) => {
      const id = storyWith(ctx, text);
      return { id, group: ctx.similarity.assign(id, minhashSignature(text)!) };
    };
    const first = assign(BASE);
    const second = assign(`${BASE} и още нещо казано днес`);
    const third = assign(`Според агенцията ${BASE}`);
    const other = assign(
      Array.from({ length: 60 }, (_, index) => `друго${index} футбол стадион`).join(' '),
    );
    expect(first.group).toBeNull(); // nothing earlier to join
    expect(second.group).toBe(first.id);
    expect(third.group).toBe(first.id);
    expect(other.group).toBeNull();
    const groups = ctx.db.prepare('SELECT id, similar_group FROM stories ORDER BY id').all();
    expect(groups).toEqual([
      { id: first.id, similar_group: first.id },
      { id: second.id, similar_group: first.id },
      { id: third.id, similar_group: first.id },
      { id: other.id, similar_group: null },
    ]);
    // Every story is findable by each of its bands.
    const bands = ctx.db
      .prepare('SELECT story_id, count(*) AS n FROM story_lsh GROUP BY story_id')
      .all();
    expect(bands).toEqual(
      [first, second, third, other].map(({ id }) => ({ story_id: id, n: BANDS })),
    );
  });

  it('re-bands a story whose text a wire update replaced, keeping its group while it fits', () => {
    const ctx = memoryContext();
    const first = storyWith(ctx, BASE);
    ctx.similarity.assign(first, minhashSignature(BASE)!);
    const second = storyWith(ctx, `${BASE} ново`);
    expect(ctx.similarity.assign(second, minhashSignature(`${BASE} ново`)!)).toBe(first);
    ctx.similarity.resign(second, minhashSignature(`${BASE} по-ново`)!);
    const group = ctx.db.prepare('SELECT similar_group FROM stories WHERE id = ?').pluck();
    expect(group.get(second)).toBe(first);
    // Its old bands went: only the new ones are there, and the row holds the new signature.
    const bands = ctx.db
      .prepare('SELECT hash FROM story_lsh WHERE story_id = ? ORDER BY band')
      .pluck()
      .all(second);
    expect(bands).toEqual(bandHashes(minhashSignature(`${BASE} по-ново`)!));
    const stored = ctx.db.prepare('SELECT minhash FROM stories WHERE id = ?').pluck().get(second);
    expect(stored).toEqual(Buffer.from(minhashSignature(`${BASE} по-ново`)!.buffer));
  });

  it('gives the group a new label when the story it was named after leaves it', () => {
    const ctx = memoryContext();
    const other = Array.from({ length: 60 }, (_, index) => `друго${index} футбол стадион`).join(
      ' ',
    );
    const assign = (id: number, text: string) => ctx.similarity.assign(id, minhashSignature(text)!);
    const a = storyWith(ctx, BASE);
    assign(a, BASE);
    const c = storyWith(ctx, `${BASE} ново`);
    assign(c, `${BASE} ново`);
    const d = storyWith(ctx, `Според агенцията ${BASE}`);
    assign(d, `Според агенцията ${BASE}`);
    ctx.similarity.resign(a, minhashSignature(other)!); // A is now about football
    const e = storyWith(ctx, `${other} и още`);
    assign(e, `${other} и още`); // E is like A's new text, and nothing like C and D
    const group = ctx.db.prepare('SELECT similar_group FROM stories WHERE id = ?').pluck();
    expect(group.get(c)).toBe(group.get(d));
    expect(group.get(e)).toBe(group.get(a));
    expect(group.get(e)).not.toBe(group.get(c));
  });

  it('takes a story out of its group when its new text is too short to compare', () => {
    const ctx = memoryContext();
    const first = storyWith(ctx, BASE);
    ctx.similarity.assign(first, minhashSignature(BASE)!);
    const second = storyWith(ctx, `${BASE} ново`);
    ctx.similarity.assign(second, minhashSignature(`${BASE} ново`)!);
    ctx.similarity.resign(second, null);
    const rows = ctx.db.prepare('SELECT id, similar_group, minhash FROM stories').all();
    // The first is alone now, so in no group either.
    expect(rows).toEqual([
      { id: first, similar_group: null, minhash: expect.any(Buffer) },
      { id: second, similar_group: null, minhash: null },
    ]);
    const banded = ctx.db.prepare('SELECT DISTINCT story_id FROM story_lsh').pluck().all();
    expect(banded).toEqual([first]);
  });

  it('still finds the rewrites of a story banded before the bands lost their foreign key', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 14)); // a store as Edition left it before migration 15
    const first = storyWith({ db }, BASE);
    new SimilarityRepo(db).assign(first, minhashSignature(BASE)!);
    migrate(db);
    const rewrite = storyWith({ db }, `Според агенцията ${BASE}`);
    expect(
      new SimilarityRepo(db).assign(rewrite, minhashSignature(`Според агенцията ${BASE}`)!),
    ).toBe(first);
  });

  it('groups nothing with a story deleted by hand, whose bands stay behind', () => {
    const ctx = memoryContext();
    const first = storyWith(ctx, BASE);
    ctx.similarity.assign(first, minhashSignature(BASE)!);
    // A story after it, so that the rewrite below does not take the deleted story's id again.
    const other = storyWith(
      ctx,
      Array.from({ length: 60 }, (_, index) => `друго${index} футбол стадион`).join(' '),
    );
    ctx.db.prepare('DELETE FROM stories WHERE id = ?').run(first);
    const rewrite = storyWith(ctx, `${BASE} ново`);
    expect(rewrite).not.toBe(first);
    expect(other).not.toBe(first);
    expect(ctx.similarity.assign(rewrite, minhashSignature(`${BASE} ново`)!)).toBeNull();
    const group = ctx.db.prepare('SELECT similar_group FROM stories WHERE id = ?').pluck();
    expect(group.get(rewrite)).toBeNull();
  });
});
