import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { createContext } from '../handlers/context';
import { call, memoryContext, upload } from '../test/helpers';
import { openStore } from './db';

/** Stories an hour apart (some sharing an hour, to exercise the id tie-break), all with "вест". */
async function archive(count: number): Promise<HandlerContext> {
  const ctx = memoryContext();
  const files = Array.from({ length: count }, (_, index) =>
    upload(
      `${index}.json`,
      JSON.stringify({
        uri: `urn:t:${index}`,
        type: 'text',
        headline: `Вест ${index}`,
        body_text: index % 2 === 0 ? `Четна вест ${index}.` : `Нечетна вест ${index}.`,
        versioncreated: new Date(Date.UTC(2026, 2, 1, Math.floor(index / 3))).toISOString(),
      }),
    ),
  );
  await call(ctx, 'stories.import', { files });
  return ctx;
}

/** Every page of a listing, each asked for after the last story of the one before. */
async function allPages(
  ctx: HandlerContext,
  request: { search?: string },
  limit: number,
): Promise<StorySummary[]> {
  const seen: StorySummary[] = [];
  for (;;) {
    const after = seen.at(-1)?.id;
    const page = await call(ctx, 'stories.list', {
      ...request,
      limit,
      ...(after ? { after } : {}),
    });
    seen.push(...page);
    if (page.length < limit) return seen;
  }
}

describe('paging through the inbox', () => {
  it('reaches every story once, in the order of one long list', async () => {
    const ctx = await archive(23);
    const whole = await call(ctx, 'stories.list', { limit: 500 });
    const paged = await allPages(ctx, {}, 5);
    expect(paged.map((story) => story.id)).toEqual(whole.map((story) => story.id));
    expect(new Set(paged.map((story) => story.id)).size).toBe(23);
  });

  it('pages through search results newest first', async () => {
    const ctx = await archive(23);
    const paged = await allPages(ctx, { search: 'нечетна' }, 4);
    expect(paged).toHaveLength(11);
    const ids = paged.map((story) => story.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('lists a story whose wire time is still to come by its arrival, not above every later one', async () => {
    let now = '2026-03-14T08:30:00.000Z';
    const ctx = createContext(openStore(':memory:'), () => now);
    const story = (id: string, time: string) =>
      upload(
        `${id}.json`,
        JSON.stringify({ uri: `urn:f:${id}`, type: 'text', headline: id, versioncreated: time }),
      );
    // An agency whose clock (or typist) is years ahead, then the next day's copy.
    await call(ctx, 'stories.import', { files: [story('Wrong clock', '2031-01-01T00:00:00Z')] });
    now = '2026-03-15T08:30:00.000Z';
    await call(ctx, 'stories.import', { files: [story('Next day', '2026-03-15T08:00:00Z')] });
    await call(ctx, 'stories.import', { files: [story('Day before', '2026-03-13T20:00:00Z')] });
    const listed = await call(ctx, 'stories.list', {});
    expect(listed.map((item) => item.headline)).toEqual(['Next day', 'Wrong clock', 'Day before']);
    // Pages follow the same order.
    const second = await call(ctx, 'stories.list', { limit: 1, after: listed[0]!.id });
    expect(second.map((item) => item.headline)).toEqual(['Wrong clock']);
  });

  it('lists a story whose wire update just came above the stories that came before it', async () => {
    let now = '2026-03-14T08:00:00.000Z';
    const ctx = createContext(openStore(':memory:'), () => now);
    const story = (uri: string, version: number, headline: string, time: string) =>
      upload(
        `${uri}-${version}.json`,
        JSON.stringify({
          uri,
          version: String(version),
          type: 'text',
          headline,
          body_text: `${headline}, версия ${version}.`,
          versioncreated: time,
        }),
      );
    await call(ctx, 'stories.import', {
      files: [story('urn:q', 1, 'Земетресение', '2026-03-14T08:00:00Z')],
    });
    now = '2026-03-14T09:00:00.000Z';
    await call(ctx, 'stories.import', {
      files: [story('urn:b', 1, 'Бюджет', '2026-03-14T09:00:00Z')],
    });
    now = '2026-03-14T10:00:00.000Z';
    await call(ctx, 'stories.import', {
      files: [story('urn:q', 2, 'Земетресение', '2026-03-14T10:00:00Z')],
    });
    const listed = await call(ctx, 'stories.list', {});
    expect(listed.map((item) => item.headline)).toEqual(['Земетресение', 'Бюджет']);
  });

  it('answers an empty page after a story that does not exist, and refuses a bad cursor', async () => {
    const ctx = await archive(3);
    expect(await call(ctx, 'stories.list', { after: 999 })).toEqual([]);
    await expect(call(ctx, 'stories.list', { after: -1 })).rejects.toThrow(/after/);
  });
});

describe("searching an edition's window", () => {
  it('finds the window’s stories by id range even when an older story arrived in between', async () => {
    const ctx = memoryContext(); // the clock is 2026-03-14T08:30Z
    const story = (id: string, time: string) =>
      upload(
        `${id}.json`,
        JSON.stringify({
          uri: `urn:w:${id}`,
          type: 'text',
          headline: `Пожар ${id}`,
          body_text: 'Пожарът е овладян.',
          versioncreated: time,
        }),
      );
    // Imported in this order: a story of the window, a backfilled one from the day before,
    // another of the window — the backfill's id lies inside the window's id range.
    for (const [id, time] of [
      ['a', '2026-03-14T06:00:00Z'],
      ['old', '2026-03-12T06:00:00Z'],
      ['b', '2026-03-14T06:30:00Z'],
    ])
      await call(ctx, 'stories.import', { files: [story(id!, time!)] });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', closeTime: '09:00' });
    const found = await call(ctx, 'digests.window', { id: digest.id, search: 'пожар' });
    expect(found.map((item) => item.headline).sort()).toEqual(['Пожар a', 'Пожар b']);
    expect(found[0]!.snippet).toMatch(/\[\[Пожар/);
  });
});

describe('query plans at archive scale', () => {
  const plan = (ctx: HandlerContext, sql: string, params: Record<string, unknown>) =>
    (ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');

  /** The statements `requests` prepare, as they are (not copies of their SQL). */
  async function statementsOf(ctx: HandlerContext, requests: () => Promise<unknown>) {
    const prepared: string[] = [];
    const prepare = ctx.db.prepare.bind(ctx.db);
    ctx.db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof ctx.db.prepare;
    try {
      await requests();
    } finally {
      ctx.db.prepare = prepare;
    }
    return prepared;
  }

  it('reads inbox pages off the order index and never sorts the archive', async () => {
    const ctx = await archive(3);
    const prepared = await statementsOf(ctx, async () => {
      const first = await call(ctx, 'stories.list', { limit: 2 });
      await call(ctx, 'stories.list', { limit: 2, after: first[1]!.id });
    });
    const pages = prepared.filter((sql) => /ORDER BY/.test(sql));
    expect(pages).toHaveLength(2);
    for (const sql of pages) {
      const detail = plan(ctx, sql, { limit: 50, after: 1, group: null });
      expect(detail).toMatch(/stories_inbox_order/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
  });

  it("reads an edition's window, its filters and its facets off the window-time index", async () => {
    const ctx = memoryContext();
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', closeTime: '09:00' });
    const prepared = await statementsOf(ctx, async () => {
      await call(ctx, 'digests.windowFacets', { id: digest.id });
      await call(ctx, 'digests.window', { id: digest.id });
      await call(ctx, 'digests.window', { id: digest.id, source: 'БТА', section: 'Политика' });
      await call(ctx, 'digests.window', { id: digest.id, search: 'пожар', used: false });
    });

    const plans = prepared.map((sql) => {
      const params = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
      return plan(ctx, sql, params);
    });
    expect(plans.length).toBeGreaterThanOrEqual(4);
    // Every statement reads the day (by the window-time index, or FTS within the day's ids),
    // none the whole archive.
    for (const detail of plans) expect(detail).not.toMatch(/^SCAN (stories|s)\b/m);
    expect(
      plans.filter((detail) => /stories_window_time/.test(detail)).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
