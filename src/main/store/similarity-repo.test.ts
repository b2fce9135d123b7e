import { describe, expect, it } from 'vitest';
import { BANDS, bandHashes, minhashSignature } from '../ingest/minhash';
import { memoryContext } from '../test/helpers';

const BASE = Array.from(
  { length: 60 },
  (_, index) => `дума${index} ${['правителство', 'бюджет', 'София', 'министър'][index % 4]}`,
).join(' ');

/** A story row with this text's signature, as the import leaves it before assign. */
function storyWith(ctx: ReturnType<typeof memoryContext>, text: string): number {
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

  it('finds the group again after a story is re-banded by a wire update', () => {
    const ctx = memoryContext();
    const first = storyWith(ctx, BASE);
    ctx.similarity.assign(first, minhashSignature(BASE)!);
    const second = storyWith(ctx, `${BASE} ново`);
    ctx.similarity.forget(second);
    expect(ctx.similarity.assign(second, minhashSignature(`${BASE} ново`)!)).toBe(first);
    ctx.similarity.forget(second);
    expect(ctx.similarity.assign(second, minhashSignature(`${BASE} по-ново`)!)).toBe(first);
    // Its old bands went with forget: only the new ones are there.
    const bands = ctx.db
      .prepare('SELECT hash FROM story_lsh WHERE story_id = ? ORDER BY band')
      .pluck()
      .all(second);
    expect(bands).toEqual(bandHashes(minhashSignature(`${BASE} по-ново`)!));
  });
});
