import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call } from '../test/helpers';
import { FeedScheduler } from './feed-poller';

/** A local feed server: serves `body` with an ETag, answers 304 to a matching If-None-Match. */
function feedServer() {
  const state = {
    body: 'Първа новина\n\nТекст.',
    etag: '"v1"',
    status: 200,
    retryAfter: null as string | null,
    requests: [] as Record<string, string | undefined>[],
  };
  const server: Server = createServer((req, res) => {
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
  return { server, state };
}

describe('feed subscriptions', () => {
  const { server, state } = feedServer();
  let url: string;
  let ctx: HandlerContext;
  let clock = new Date('2026-03-14T08:00:00Z').getTime();

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
    ctx = createContext(openStore(':memory:'), () => new Date(clock).toISOString());
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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

describe('what feed servers send', () => {
  type Route = (req: IncomingMessage, res: ServerResponse) => void;
  const routes = new Map<string, Route>();
  const server = createServer((req, res) => {
    (routes.get(req.url!) ?? ((_, response) => response.writeHead(404).end()))(req, res);
  });
  let base: string;
  let ctx: HandlerContext;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ctx = createContext(openStore(':memory:'), () => '2026-03-14T08:00:00.000Z');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const subscribe = async (path: string, url = `${base}${path}`) =>
    (await call(ctx, 'feeds.add', { url })).id;
  const rss = (items: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Емисия</title><link>https://feed.example/</link>${items}</channel></rss>`;

  it('gives up on a body that never ends, without holding it all', async () => {
    let sent = 0;
    routes.set('/endless', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const write = () => {
        while (!res.destroyed && sent < 200 && res.write(chunk)) sent += 1;
        if (!res.destroyed && sent < 200) res.once('drain', write);
        else res.end();
      };
      write();
    });
    const report = await call(ctx, 'feeds.poll', { id: await subscribe('/endless') });
    expect(report.failed[0]).toMatchObject({ reason: { key: 'feedTooLarge' } });
    expect(sent).toBeLessThan(120); // stopped soon after 50 MB, not at the server's 200
  });

  it('refuses a web page subscribed as a feed, however it changes', async () => {
    let visit = 0;
    routes.set('/front', (_req, res) => {
      visit += 1;
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!DOCTYPE html><html><head><title>Новини</title></head><body><h1>Новини</h1><p>Обновено в ${visit}.</p></body></html>`,
        );
    });
    const id = await subscribe('/front');
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report.imported).toEqual([]);
    expect(report.failed[0]).toMatchObject({ reason: { key: 'feedIsPage' } });
  });

  it('takes a feed with no items today as quiet, not failing', async () => {
    routes.set('/quiet', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('')),
    );
    const id = await subscribe('/quiet');
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report).toEqual({ imported: [], updated: [], duplicates: [], failed: [] });
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id);
    expect(listed).toMatchObject({ failures: 0, lastError: null, lastImported: 0 });
  });

  it('takes a ninjs feed with no items today (an empty list) as quiet, not failing', async () => {
    routes.set('/ninjs-quiet', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(' [ ]\n'),
    );
    const id = await subscribe('/ninjs-quiet');
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report).toEqual({ imported: [], updated: [], duplicates: [], failed: [] });
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id);
    expect(listed).toMatchObject({ failures: 0, lastError: null, lastImported: 0 });
  });

  it('refuses a login page in XHTML, or one without a doctype, as a web page', async () => {
    let visit = 0;
    // An expired subscription: the agency redirects the feed to its sign-in page.
    routes.set('/paid', (_req, res) => res.writeHead(302, { Location: '/sign-in' }).end());
    routes.set('/sign-in', (_req, res) => {
      visit += 1;
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Вход</title></head><body><h1>Вход за абонати</h1><p>Влезте отново (${visit}).</p></body></html>`,
        );
    });
    routes.set('/bare-page', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<head><meta charset="utf-8"><title>Вход</title></head><body><p>Влезте.</p></body>'),
    );
    for (const path of ['/paid', '/bare-page']) {
      const report = await call(ctx, 'feeds.poll', { id: await subscribe(path) });
      expect(report.imported).toEqual([]);
      expect(report.failed[0]).toMatchObject({ reason: { key: 'feedIsPage' } });
    }
  });

  it('says a sign-in page is one: the password of the subscription is asked for again', async () => {
    routes.set('/expired', (_req, res) => res.writeHead(302, { Location: '/login' }).end());
    routes.set('/login', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          '<!DOCTYPE html><html><head><title>Вход</title></head><body><form method="post"><input name="user"><input type="password" name="pass"><button>Вход</button></form></body></html>',
        ),
    );
    const report = await call(ctx, 'feeds.poll', { id: await subscribe('/expired') });
    expect(report.failed).toEqual([
      {
        file: `${base}/expired`,
        error: 'a sign-in page, not a feed: the user name and password may be wrong or expired',
        reason: { key: 'feedSignIn' },
      },
    ]);
  });

  it('reads a feed in the charset its Content-Type names when the feed names none', async () => {
    const greek = 'Σεισμός 5,2 Ρίχτερ στην Κρήτη';
    routes.set('/greek', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=windows-1253' })
        .end(
          iconv.encode(
            `<rss version="2.0"><channel><image><title>Λογότυπο</title><url>https://gr.example/l.png</url></image><title>Ειδήσεις</title><link>https://gr.example/</link><item><title>${greek}</title><guid>https://gr.example/1</guid><description>Καλημέρα. ${greek}, ανακοίνωσε το Γεωδυναμικό Ινστιτούτο.</description></item></channel></rss>`,
            'windows-1253',
          ),
        ),
    );
    const id = await subscribe('/greek');
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report.imported.map((story) => story.headline)).toEqual([greek]);
    // The channel's title names the subscription in the Sources pane, in its own letters.
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id);
    expect(listed!.title).toBe('Ειδήσεις');
  });

  it('sends a password in the URL as Basic credentials, and never shows it', async () => {
    routes.set('/private', (req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('editor:s3cr3t').toString('base64')}`)
        return void res.writeHead(401).end();
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(
          rss(
            '<item><title>Платена новина</title><guid>https://feed.example/p1</guid><description>Текст за абонати.</description></item>',
          ),
        );
    });
    const id = await subscribe(
      '/private',
      `http://editor:s3cr3t@127.0.0.1:${new URL(base).port}/private`,
    );
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report.imported.map((story) => [story.headline, story.file])).toEqual([
      ['Платена новина', `${base}/private`],
    ]);
    routes.set('/private', (_req, res) => res.writeHead(503).end());
    const failing = await call(ctx, 'feeds.poll', { id });
    expect(JSON.stringify(failing)).not.toContain('s3cr3t');
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id);
    expect(listed!.lastError).not.toContain('s3cr3t');
    // Nor in the list of subscriptions, which the Sources pane and `feeds list` show.
    expect(listed!.url).toBe(`http://editor:***@127.0.0.1:${new URL(base).port}/private`);
    expect(JSON.stringify(await call(ctx, 'feeds.list', {}))).not.toContain('s3cr3t');
  });

  it('follows a feed that moved for good (301, 308) to its new address, its stories still its own', async () => {
    // A channel without a link: its items' bare guids are scoped by the subscription's address.
    const unlinked = (items: [string, string][]) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Преместена</title>${items
        .map(
          ([guid, text]) =>
            `<item><guid isPermaLink="false">${guid}</guid><title>Новина ${guid}</title><description>${text}</description></item>`,
        )
        .join('')}</channel></rss>`;
    let body = unlinked([
      ['1', 'Текст едно.'],
      ['2', 'Текст две.'],
    ]);
    const serve: Route = (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body);
    for (const [from, status, to] of [
      ['/old-feed', 301, '/newer-feed'],
      // A chain: moved for good to /newer-feed, which is elsewhere for now only.
      ['/newer-feed', 308, '/newest-feed'],
      ['/newest-feed', 302, '/today-feed'],
    ] as const)
      routes.set(from, (_req, res) => res.writeHead(status, { Location: to }).end());
    routes.set('/today-feed', serve);
    const id = await subscribe('/old-feed');
    const first = await call(ctx, 'feeds.poll', { id });
    expect(first.imported).toHaveLength(2);
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id)!;
    // Moved for good as far as /newest-feed; its 302 is a stop for today, not a new address.
    expect(listed.url).toBe(`${base}/newest-feed`);
    expect(first.imported[0]!.file).toBe(`${base}/newest-feed`);

    // The old address is gone: the subscription asks the new one, and knows its items.
    routes.delete('/old-feed');
    routes.delete('/newer-feed');
    body = unlinked([
      ['1', 'Текст едно, поправен.'],
      ['2', 'Текст две.'],
      ['3', 'Текст три.'],
    ]);
    const again = await call(ctx, 'feeds.poll', { id });
    expect(again.failed).toEqual([]);
    expect(again.imported.map((story) => story.headline)).toEqual(['Новина 3']);
    expect(again.updated.map((story) => story.id)).toEqual([first.imported[0]!.id]);
    expect(again.duplicates.map((story) => story.id)).toEqual([first.imported[1]!.id]);
    // Nor is the old address a feed of its own to subscribe to again.
    await expect(call(ctx, 'feeds.add', { url: `${base}/old-feed` })).rejects.toThrow(
      /Already subscribed/,
    );
  });

  it('keeps the address of a feed that is elsewhere for now only (302, 303, 307)', async () => {
    routes.set('/for-now', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(
          rss(
            '<item><title>Временна</title><guid>https://feed.example/t1</guid><description>Текст.</description></item>',
          ),
        ),
    );
    for (const status of [302, 303, 307]) {
      routes.set(`/temporary-${status}`, (_req, res) =>
        res.writeHead(status, { Location: '/for-now' }).end(),
      );
      const id = await subscribe(`/temporary-${status}`);
      const report = await call(ctx, 'feeds.poll', { id });
      expect(report.failed).toEqual([]);
      const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id)!;
      expect(listed.url).toBe(`${base}/temporary-${status}`);
    }
  });

  it('does not move a subscription whose new address fails, nor one sent to a sign-in page', async () => {
    routes.set('/moving', (_req, res) => res.writeHead(301, { Location: '/moved-nowhere' }).end());
    routes.set('/moving-to-login', (_req, res) => res.writeHead(301, { Location: '/login' }).end());
    for (const path of ['/moving', '/moving-to-login']) {
      const id = await subscribe(path);
      const report = await call(ctx, 'feeds.poll', { id });
      expect(report.failed).toHaveLength(1);
      const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id)!;
      expect(listed.url).toBe(`${base}${path}`);
    }
  });

  it('makes relative links whole against the address the feed came from after redirects', async () => {
    routes.set('/relative', (_req, res) =>
      res.writeHead(302, { Location: '/desk/world/feed.xml' }).end(),
    );
    routes.set('/desk/world/feed.xml', (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Свят</title>
          <item><title>Относителна</title><guid>https://feed.example/r1</guid><link>story-1.html</link><description>Текст.</description></item>
          <item xml:base="https://cdn.example/base/"><title>С основа</title><guid>https://feed.example/r2</guid><link>story-2.html</link><description>Текст.</description></item>
          </channel></rss>`,
      ),
    );
    const report = await call(ctx, 'feeds.poll', { id: await subscribe('/relative') });
    const links = await Promise.all(
      report.imported.map(async (story) => (await call(ctx, 'stories.get', { id: story.id })).link),
    );
    expect(links).toEqual([
      `${base}/desk/world/story-1.html`,
      // xml:base, where the feed gives one, comes first.
      'https://cdn.example/base/story-2.html',
    ]);
  });

  it('keeps polling the other feeds when a password cannot be read, and hides it short or long', async () => {
    routes.set('/odd', (_req, res) => res.writeHead(503).end());
    routes.set('/odd?short', (_req, res) => res.writeHead(503).end());
    routes.set('/fine', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(
          rss(
            '<item><title>Друга новина</title><guid>https://feed.example/f1</guid><description>Текст.</description></item>',
          ),
        ),
    );
    const port = new URL(base).port;
    const odd = await subscribe('/odd', `http://bob:50%off@127.0.0.1:${port}/odd`);
    const short = await subscribe('/odd', `http://bob:o@127.0.0.1:${port}/odd?short`);
    await subscribe('/fine');
    const report = await call(ctx, 'feeds.poll', {});
    expect(report.imported.map((story) => story.headline)).toContain('Друга новина');
    const feeds = await call(ctx, 'feeds.list', {});
    const token = await subscribe('/odd', `http://s3cr3tT0ken@127.0.0.1:${port}/odd?token`);
    expect(JSON.stringify(await call(ctx, 'feeds.list', {}))).not.toContain('s3cr3tT0ken');
    await call(ctx, 'feeds.remove', { id: token });
    for (const id of [odd, short]) {
      const feed = feeds.find((entry) => entry.id === id)!;
      expect(feed.failures).toBe(1);
      // Only the password is hidden: the words of the error are whole.
      expect(feed.lastError).toBe('HTTP 503 Service Unavailable');
      expect(feed.url).toContain(':***@');
    }
  });
});

describe('the feed schedule', () => {
  const server = createServer((_req, res) =>
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml' })
      .end('<rss version="2.0"><channel><title>Тихо</title></channel></rss>'),
  );
  let ctx: HandlerContext;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx = createContext(openStore(':memory:'), () => '2026-03-14T08:00:00.000Z');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('says which feeds a round checked, also when nothing came of it', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/quiet`;
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
