import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call } from '../test/helpers';
import { localServer } from '../test/local-server';
import { FeedScheduler } from './feed-poller';

/**
 * A local feed server for the tests around it: serves `body` with an ETag, answers 304 to a
 * matching If-None-Match.
 */
function feedServer() {
  const state = {
    body: 'Първа новина\n\nТекст.',
    etag: '"v1"',
    status: 200,
    retryAfter: null as string | null,
    requests: [] as Record<string, string | undefined>[],
  };
  const site = localServer((req, res) => {
    state.requests.push({ ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    if (state.status !== 200) {
      res
        .writeHead(state.status, state.retryAfter ? { 'Retry-After': state.retryAfter } : {})
        .end();
      return;
    }
    if (req.headers['if-none-match'] === state.etag) {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, { ETag: state.etag, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(state.body);
  });
  return { site, state };
}

describe('feed subscriptions', () => {
  const { site, state } = feedServer();
  let url: string;
  let ctx: HandlerContext;
  let clock = new Date('2026-03-14T08:00:00Z').getTime();

  beforeAll(async () => {
    url = `${site.base}/feed`;
    ctx = createContext(openStore(':memory:'), () => new Date(clock).toISOString());
  });

  it('polls, imports, and asks again with the ETag (304 imports nothing)', async () => {
    const feed = await call(ctx, 'feeds.add', { url, intervalMinutes: 10 });
    const first = await call(ctx, 'feeds.poll', { id: feed.id });
    expect(first.imported).toHaveLength(1);
    const second = await call(ctx, 'feeds.poll', { id: feed.id });
    expect(second).toEqual({ imported: [], updated: [], duplicates: [], failed: [] });
    expect(state.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    const [listed] = await call(ctx, 'feeds.list', {});
    expect(listed).toMatchObject({
      failures: 0,
      lastError: null,
      lastErrorReason: null,
      nextCheckAt: '2026-03-14T08:10:00.000Z',
    });
  });

  it('backs off exponentially while the feed fails, and recovers', async () => {
    const [feed] = await call(ctx, 'feeds.list', {});
    state.status = 503;
    const failing = await call(ctx, 'feeds.poll', { id: feed!.id });
    const unavailable = {
      key: 'feedHttp',
      values: { status: '503 Service Unavailable' },
    } as const;
    expect(failing.failed).toEqual([
      { file: url, error: 'HTTP 503 Service Unavailable', reason: unavailable },
    ]);
    await call(ctx, 'feeds.poll', { id: feed!.id });
    const [afterTwo] = await call(ctx, 'feeds.list', {});
    expect(afterTwo).toMatchObject({
      failures: 2,
      nextCheckAt: '2026-03-14T08:40:00.000Z', // 10 min × 2²
      lastError: 'HTTP 503 Service Unavailable',
      // Kept with the feed, so that the Sources pane says it in the interface's language.
      lastErrorReason: unavailable,
    });

    // A feed that answers with something that is no news document says why, as an import would.
    state.status = 200;
    state.body = '';
    state.etag = '"empty"';
    const empty = await call(ctx, 'feeds.poll', { id: feed!.id });
    expect(empty.failed).toEqual([
      { file: url, error: 'the file is empty', reason: { key: 'empty' } },
    ]);
    const [afterEmpty] = await call(ctx, 'feeds.list', {});
    expect(afterEmpty).toMatchObject({
      failures: 3,
      nextCheckAt: '2026-03-14T09:20:00.000Z', // 10 min × 2³
      lastErrorReason: { key: 'empty' },
    });

    state.status = 200;
    state.body = 'Втора новина\n\nДруг текст.';
    state.etag = '"v2"';
    clock += 90 * 60_000;
    const due = await call(ctx, 'feeds.poll', {});
    expect(due.imported).toHaveLength(1);
    const [recovered] = await call(ctx, 'feeds.list', {});
    expect(recovered).toMatchObject({
      failures: 0,
      lastError: null,
      lastErrorReason: null,
      lastImported: 1,
    });
  });

  it('waits as long as a busy server asks (Retry-After), in seconds or as a date', async () => {
    const feed = await call(ctx, 'feeds.add', { url: `${url}?busy`, intervalMinutes: 10 });
    const started = new Date(clock);
    state.status = 429;
    state.retryAfter = '7200';
    await call(ctx, 'feeds.poll', { id: feed.id });
    const after = (await call(ctx, 'feeds.list', {})).find((listed) => listed.id === feed.id)!;
    // Two hours, not the back-off's 20 minutes.
    expect(after.nextCheckAt).toBe(new Date(started.getTime() + 120 * 60_000).toISOString());
    state.status = 503;
    state.retryAfter = new Date(started.getTime() + 3 * 3600_000).toUTCString();
    await call(ctx, 'feeds.poll', { id: feed.id });
    const dated = (await call(ctx, 'feeds.list', {})).find((listed) => listed.id === feed.id)!;
    expect(dated.nextCheckAt).toBe(new Date(started.getTime() + 180 * 60_000).toISOString());
    // A wait shorter than the back-off, or past a day, changes nothing but is bounded.
    state.retryAfter = String(10 * 24 * 3600);
    await call(ctx, 'feeds.poll', { id: feed.id });
    const capped = (await call(ctx, 'feeds.list', {})).find((listed) => listed.id === feed.id)!;
    expect(capped.nextCheckAt).toBe(new Date(started.getTime() + 24 * 3600_000).toISOString());
    state.status = 200;
    state.retryAfter = null;
    await call(ctx, 'feeds.remove', { id: feed.id });
  });

  it('counts only new items as new, and names each item it already had by its headline', async () => {
    const rss = (items: [string, string][]) =>
      `<rss version="2.0"><channel><title>Агенция</title><link>https://agency.example/</link>${items
        .map(
          ([guid, title]) =>
            `<item><guid>https://agency.example/${guid}</guid><title>${title}</title><description>${title}: текст на новината.</description><pubDate>Sat, 14 Mar 2026 07:00:00 GMT</pubDate></item>`,
        )
        .join('')}</channel></rss>`;
    const feed = await call(ctx, 'feeds.add', { url: `${url}?rss`, intervalMinutes: 10 });
    state.status = 200;
    state.body = rss([
      ['g1', 'Първа'],
      ['g2', 'Втора'],
    ]);
    state.etag = '"rss1"';
    await call(ctx, 'feeds.poll', { id: feed.id });
    state.body = rss([
      ['g1', 'Първа, поправена'],
      ['g2', 'Втора'],
      ['g3', 'Трета'],
    ]);
    state.etag = '"rss2"';
    const report = await call(ctx, 'feeds.poll', { id: feed.id });
    expect(report.imported.map((entry) => entry.headline)).toEqual(['Трета']);
    expect(report.updated.map((entry) => entry.headline)).toEqual(['Първа, поправена']);
    expect(report.duplicates.map((entry) => entry.headline)).toEqual(['Втора']);
    const listed = (await call(ctx, 'feeds.list', {})).find((row) => row.id === feed.id);
    expect(listed?.lastImported).toBe(1);
  });

  it('refuses URLs it cannot poll, and unreachable hosts fail with a plain reason', async () => {
    await expect(call(ctx, 'feeds.add', { url: 'file:///etc/passwd' })).rejects.toThrow(
      /http and https/,
    );
    await expect(call(ctx, 'feeds.add', { url })).rejects.toThrow(/Already subscribed/);
    // The same feed typed with another case of scheme and host is the same subscription.
    const shouted = url.replace('http://', 'HTTP://');
    await expect(call(ctx, 'feeds.add', { url: shouted })).rejects.toThrow(/Already subscribed/);
    // Also against a subscription stored as typed, before URLs were normalised.
    ctx.feeds.add('HTTPS://Agency.Example/rss', 15, ctx.now());
    await expect(call(ctx, 'feeds.add', { url: 'https://agency.example/rss' })).rejects.toThrow(
      /Already subscribed/,
    );
    // Typed as a browser's address bar takes it, without the scheme: https, as browsers assume.
    const bare = await call(ctx, 'feeds.add', { url: ' Agency.Example:8443/новини/rss ' });
    expect(bare.url).toBe('https://agency.example:8443/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/rss');
    await expect(call(ctx, 'feeds.add', { url: 'agency.example/rss' })).rejects.toThrow(
      /Already subscribed/,
    );
    await expect(call(ctx, 'feeds.add', { url: 'mailto:desk@agency.example' })).rejects.toThrow(
      /http and https/,
    );
    // Nor is the same feed a second time over the other scheme, with a slash more or less at
    // the end, or its host's default port written out.
    for (const twin of [
      url.replace('http://', 'https://'),
      `${url}/`,
      'http://agency.example/rss/',
      'https://AGENCY.example:443/rss',
      'http://agency.example:80/rss',
    ])
      await expect(call(ctx, 'feeds.add', { url: twin })).rejects.toThrow(
        /Already subscribed to .*(127\.0\.0\.1|agency\.example)/i,
      );
    // Whereas another path, query or port is another feed.
    for (const other of [
      'https://agency.example/rss2',
      'https://agency.example/rss?lang=en',
      'https://agency.example:8080/rss',
    ])
      await call(ctx, 'feeds.add', { url: other });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dead = await call(ctx, 'feeds.add', { url: `http://127.0.0.1:${port}/feed` });
    const report = await call(ctx, 'feeds.poll', { id: dead.id });
    expect(report.failed[0]).toMatchObject({
      error: 'cannot reach the feed (ECONNREFUSED)',
      reason: { key: 'feedUnreachable', values: { detail: 'ECONNREFUSED' } },
    });
  });
});

describe('the feed schedule', () => {
  const site = localServer((_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml' })
      .end('<rss version="2.0"><channel><title>Тихо</title></channel></rss>'),
  );
  let ctx: HandlerContext;

  beforeAll(async () => {
    ctx = createContext(openStore(':memory:'), () => '2026-03-14T08:00:00.000Z');
  });

  it('says which feeds a round checked, also when nothing came of it', async () => {
    const url = `${site.base}/quiet`;
    const { id } = await call(ctx, 'feeds.add', { url });
    const reports: ImportReport[] = [];
    const checked: number[][] = [];
    const schedule = new FeedScheduler(
      ctx,
      { onReport: (report) => reports.push(report), onChecked: (ids) => checked.push(ids) },
      50,
    );
    schedule.start();
    try {
      // The Sources pane reloads on it: "not checked yet" would stay on screen otherwise.
      await vi.waitFor(() => expect(checked).toEqual([[id]]), { timeout: 3000 });
    } finally {
      schedule.stop();
    }
    expect(reports).toEqual([]); // nothing arrived: the inbox has nothing to reload
  });
});
