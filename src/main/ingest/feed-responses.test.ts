import type { IncomingMessage, ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../handlers/context';
import { createContext } from '../handlers/context';
import { openStore } from '../store/db';
import { call } from '../test/helpers';
import { localServer } from '../test/local-server';
import type { ImportReport } from '../../shared/model';
import { pollFeed } from './feed-poller';

/* What feed servers really send: redirects, sign-in pages, odd bodies, charsets, passwords. */

describe('what feed servers send', () => {
  type Route = (req: IncomingMessage, res: ServerResponse) => void;
  const routes = new Map<string, Route>();
  const site = localServer((req, res) => {
    (routes.get(req.url!) ?? ((_, response) => response.writeHead(404).end()))(req, res);
  });
  let ctx: HandlerContext;

  beforeAll(() => {
    ctx = createContext(openStore(':memory:'), () => '2026-03-14T08:00:00.000Z');
  });

  const subscribe = async (path: string, url = `${site.base}${path}`) =>
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

  it('does not follow a public feed’s redirect into the newsroom’s own network', async () => {
    const { id } = await call(ctx, 'feeds.add', { url: 'https://feeds.example/news.rss' });
    const asked: string[] = [];
    const answers: typeof fetch = async (url) => {
      asked.push(String(url));
      return new Response(null, {
        status: 302,
        headers: { location: 'http://169.254.169.254/latest/meta-data/' },
      });
    };
    const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    await pollFeed(ctx, id, report, answers);
    expect(asked).toEqual(['https://feeds.example/news.rss']);
    expect(report.failed[0]).toMatchObject({
      reason: { key: 'feedUnreachable', values: { detail: 'a redirect to a private address' } },
    });
  });

  it('does not follow a feed on the web whose name turns private by the time it is polled', async () => {
    let visits = 0;
    routes.set('/rebound.rss', (_req, res) => {
      visits += 1;
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(''));
    });
    const port = new URL(site.base).port;
    const { id } = await call(ctx, 'feeds.add', {
      url: `http://feeds.rebind.example:${port}/rebound.rss`,
    });
    // Public to the poll's first look, the newsroom's own machine to the connection's.
    let lookups = 0;
    const rebinding = async () => (lookups++ === 0 ? ['203.0.113.10'] : ['127.0.0.1']);
    const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    await pollFeed(ctx, id, report, undefined, rebinding);
    expect(visits).toBe(0);
    expect(report.failed[0]).toMatchObject({
      reason: { key: 'feedUnreachable', values: { detail: 'a private address' } },
    });
  });

  it('reads a feed the newsroom’s own DNS puts on the intranet, at that address, and no redirect inside', async () => {
    const visits: string[] = [];
    routes.set('/split.rss', (req, res) => {
      visits.push(req.url!);
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(rss('<item><title>Вътрешна новина</title><guid>split-1</guid></item>'));
    });
    routes.set('/split-moved.rss', (req, res) => {
      visits.push(req.url!);
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    });
    const port = new URL(site.base).port;
    // The intranet's answer first; a public one to any lookup after it, which is never asked.
    let lookups = 0;
    const splitHorizon = async () => (lookups++ === 0 ? ['127.0.0.1'] : ['203.0.113.10']);
    const poll = async (path: string) => {
      const { id } = await call(ctx, 'feeds.add', {
        url: `http://feeds.24chasa.example:${port}${path}`,
      });
      const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
      lookups = 0;
      await pollFeed(ctx, id, report, undefined, splitHorizon);
      return report;
    };
    expect((await poll('/split.rss')).imported).toHaveLength(1);
    const moved = await poll('/split-moved.rss');
    expect(visits).toEqual(['/split.rss', '/split-moved.rss']);
    expect(moved.failed[0]).toMatchObject({
      reason: { key: 'feedUnreachable', values: { detail: 'a redirect to a private address' } },
    });
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
        file: `${site.base}/expired`,
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
      `http://editor:s3cr3t@127.0.0.1:${new URL(site.base).port}/private`,
    );
    const report = await call(ctx, 'feeds.poll', { id });
    expect(report.imported.map((story) => [story.headline, story.file])).toEqual([
      ['Платена новина', `${site.base}/private`],
    ]);
    routes.set('/private', (_req, res) => res.writeHead(503).end());
    const failing = await call(ctx, 'feeds.poll', { id });
    expect(JSON.stringify(failing)).not.toContain('s3cr3t');
    const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id);
    expect(listed!.lastError).not.toContain('s3cr3t');
    // Nor in the list of subscriptions, which the Sources pane and `feeds list` show.
    expect(listed!.url).toBe(`http://editor:***@127.0.0.1:${new URL(site.base).port}/private`);
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
    expect(listed.url).toBe(`${site.base}/newest-feed`);
    expect(first.imported[0]!.file).toBe(`${site.base}/newest-feed`);

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
    await expect(call(ctx, 'feeds.add', { url: `${site.base}/old-feed` })).rejects.toThrow(
      /Already subscribed/,
    );
  });

  it('does not move a subscription onto a feed another subscription already polls, however written', async () => {
    const feed: Route = (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(rss('<item><title>Близнак</title><guid>https://feed.example/twin</guid></item>'));
    routes.set('/twin-feed', feed);
    routes.set('/twin-feed/', feed);
    routes.set('/moving-to-twin', (_req, res) =>
      res.writeHead(301, { Location: '/twin-feed' }).end(),
    );
    await subscribe('/twin-feed/');
    const moving = await subscribe('/moving-to-twin');
    await call(ctx, 'feeds.poll', { id: moving });
    // /twin-feed and /twin-feed/ are one feed: moving there would make it two subscriptions.
    const listed = (await call(ctx, 'feeds.list', {})).find((entry) => entry.id === moving)!;
    expect(listed.url).toBe(`${site.base}/moving-to-twin`);
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
      expect(listed.url).toBe(`${site.base}/temporary-${status}`);
    }
  });

  it('takes a redirect without a Location as the answer it is, not as a loop', async () => {
    let visits = 0;
    routes.set('/nowhere-to-go', (_req, res) => {
      visits += 1;
      res.writeHead(302, { Location: '' }).end();
    });
    const report = await call(ctx, 'feeds.poll', { id: await subscribe('/nowhere-to-go') });
    expect(report.failed).toMatchObject([{ error: 'HTTP 302 Found' }]);
    expect(visits).toBe(1);
  });

  it('does not follow a 300 (Multiple Choices): fetch and browsers do not either', async () => {
    routes.set('/choices', (_req, res) =>
      res.writeHead(300, { Location: '/chosen' }).end('<ul><li>/chosen</li></ul>'),
    );
    routes.set('/chosen', (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(rss('<item><title>Избрана</title><guid>https://feed.example/c1</guid></item>')),
    );
    const report = await call(ctx, 'feeds.poll', { id: await subscribe('/choices') });
    expect(report.imported).toEqual([]);
    expect(report.failed).toMatchObject([{ error: 'HTTP 300 Multiple Choices' }]);
  });

  it('does not move a subscription whose new address fails, nor one sent to a sign-in page', async () => {
    routes.set('/moving', (_req, res) => res.writeHead(301, { Location: '/moved-nowhere' }).end());
    routes.set('/moving-to-login', (_req, res) => res.writeHead(301, { Location: '/login' }).end());
    for (const path of ['/moving', '/moving-to-login']) {
      const id = await subscribe(path);
      const report = await call(ctx, 'feeds.poll', { id });
      expect(report.failed).toHaveLength(1);
      const listed = (await call(ctx, 'feeds.list', {})).find((feed) => feed.id === id)!;
      expect(listed.url).toBe(`${site.base}${path}`);
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
      `${site.base}/desk/world/story-1.html`,
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
    const port = new URL(site.base).port;
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
