import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { localServer } from '../test/local-server';
import { digest, story } from './__fixtures__/builders';
import { a, body, p } from './__fixtures__/lexical';
import { checkLinksOnline, editionLinks } from './link-check';
import { probeLink, probeLinks } from './link-probe';
import { privateHost } from '../transports/private-address';

/** A site with every kind of answer a link check meets, on 127.0.0.1. */
const visits: string[] = [];
const site = localServer((request, response) => {
  visits.push(`${request.method} ${request.url}`);
  switch (request.url) {
    case '/ok':
      return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    case '/gone':
      return response.writeHead(404).end('not here');
    case '/moved':
      return response.writeHead(301, { location: '/gone' }).end();
    case '/fails':
      return response.writeHead(500).end();
    case '/members':
      return response.writeHead(403).end();
    case '/no-head':
      return response.writeHead(request.method === 'HEAD' ? 405 : 200).end('body');
    case '/loop':
      return response.writeHead(302, { location: '/loop' }).end();
    case '/to-intranet':
      return response.writeHead(302, { location: 'http://intranet.24chasa.bg/admin' }).end();
    case '/to-localhost':
      return response.writeHead(301, { location: 'http://localhost:9/' }).end();
    case '/to-ftp':
      return response.writeHead(302, { location: 'ftp://files.24chasa.bg/a.pdf' }).end();
    case '/to-no-address':
      return response.writeHead(302, { location: 'http://[newsroom' }).end();
    case '/to-anchor':
      return response.writeHead(302, { location: 'http://localhost:9/page#part' }).end();
    case '/silent':
      return; // never answers
    default: {
      // /chain/N: N redirects, one after another, before the page.
      const left = Number(/^\/chain\/(\d+)$/.exec(request.url ?? '')?.[1] ?? NaN);
      if (left > 0) return response.writeHead(302, { location: `/chain/${left - 1}` }).end();
      if (left === 0) return response.writeHead(200).end('at last');
      return response.writeHead(404).end();
    }
  }
});

describe('visiting a link', () => {
  it('tells a page that is there from one that is not', async () => {
    expect(await probeLink(`${site.base}/ok`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(await probeLink(`${site.base}/gone`)).toMatchObject({ outcome: 'broken', status: 404 });
    expect(await probeLink(`${site.base}/fails`)).toMatchObject({ outcome: 'broken', status: 500 });
    // Followed as a browser follows it: a redirect to a missing page is a missing page.
    expect(await probeLink(`${site.base}/moved`)).toMatchObject({ outcome: 'broken', status: 404 });
  });

  it('asks again with GET where HEAD is refused, and leaves pages behind a login alone', async () => {
    visits.length = 0;
    expect(await probeLink(`${site.base}/no-head`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(visits).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(await probeLink(`${site.base}/members`)).toMatchObject({ outcome: 'ok', status: 403 });
  });

  it('says why there was no answer', async () => {
    expect(await probeLink(`${site.base}/silent`, { timeoutMs: 300 })).toMatchObject({
      outcome: 'unreachable',
      reason: 'timeout',
      detail: 'no answer in time',
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeLink(`http://127.0.0.1:${port}/`)).toMatchObject({
      outcome: 'unreachable',
      reason: 'refused',
    });
  });

  it('follows redirects a hop at a time, each hop only where it may go', async () => {
    expect(await probeLink(`${site.base}/loop`)).toMatchObject({
      outcome: 'unreachable',
      reason: 'redirectLoop',
      detail: 'too many redirects',
    });
    const allowed: string[] = [];
    const result = await probeLink(`${site.base}/to-localhost`, {
      mayVisit: (next) => {
        allowed.push(next.href);
        return false;
      },
    });
    expect(result).toEqual({
      url: `${site.base}/to-localhost`,
      outcome: 'refused',
      target: 'http://localhost:9/',
    });
    expect(allowed).toEqual(['http://localhost:9/']);
  });

  it('follows as many redirects as a browser does (20), and no more', async () => {
    expect(await probeLink(`${site.base}/chain/15`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(await probeLink(`${site.base}/chain/20`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(await probeLink(`${site.base}/chain/21`)).toMatchObject({
      outcome: 'unreachable',
      detail: 'too many redirects',
    });
  });

  it('says a redirect off the web is one, without asking whether it may be visited', async () => {
    const asked: string[] = [];
    const mayVisit = (next: URL) => {
      asked.push(next.href);
      return true;
    };
    for (const path of ['/to-ftp', '/to-no-address'])
      expect(await probeLink(`${site.base}${path}`, { mayVisit })).toEqual({
        url: `${site.base}${path}`,
        outcome: 'unreachable',
        reason: 'offWeb',
        detail: 'a redirect to no web address',
      });
    expect(asked).toEqual([]);
  });

  it('names a refused redirect without its fragment, which is never sent', async () => {
    expect(await probeLink(`${site.base}/to-anchor`, { mayVisit: () => false })).toMatchObject({
      outcome: 'refused',
      target: 'http://localhost:9/page',
    });
  });

  it('visits each address once, however often the edition links it', async () => {
    visits.length = 0;
    const results = await probeLinks([`${site.base}/ok`, `${site.base}/gone`, `${site.base}/ok`]);
    expect(results.size).toBe(2);
    expect(visits.filter((visit) => visit.endsWith('/ok'))).toHaveLength(1);
  });
});

describe('the online link check of an edition', () => {
  /** The edition's public site, served here: what a reader's click would reach. */
  const SITE = 'https://www.24chasa.bg';
  const throughLocalSite: typeof fetch = (url, init) =>
    fetch(String(url).replace(SITE, site.base), init);
  /** Every name a public address, as the Internet would answer (here there is none to ask). */
  const publicHosts = async () => ['203.0.113.10'];

  it('takes every spelling of a private address for one, as the resolver may answer it', () => {
    for (const address of [
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.5',
      '::ffff:7f00:1',
      '64:ff9b::a00:5',
      '::a00:5',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      'ff02::1',
      '[::1]',
      'fd12:3456::1',
    ])
      expect(privateHost(address), address).toBe(true);
    for (const address of ['203.0.113.10', '::ffff:203.0.113.10', '2001:db8::1', 'bta.bg'])
      expect(privateHost(address), address).toBe(false);
  });

  it('does not visit a name that stands for a private address, and says so', async () => {
    const visited: string[] = [];
    const counting: typeof fetch = (url, init) => {
      visited.push(String(url));
      return throughLocalSite(url, init);
    };
    const edition = digest([
      {
        id: 10,
        name: 'Политика',
        items: [
          story(1, 11, { link: 'https://cms.24chasa.bg/edit/1' }),
          story(2, 12, { link: `${SITE}/ok` }),
        ],
      },
    ]);
    const result = await checkLinksOnline(edition, {
      fetch: counting,
      lookup: async (host) => (host === 'cms.24chasa.bg' ? ['10.20.0.5'] : ['203.0.113.10']),
    });
    expect(visited).toEqual([`${SITE}/ok`]);
    expect(result).toEqual({
      checked: 1,
      findings: [
        expect.objectContaining({
          code: 'link-private',
          message:
            'The link of “Новина 1” points to a private address (https://cms.24chasa.bg/edit/1, 10.20.0.5) that readers cannot reach.',
          params: expect.objectContaining({ where: 'storyLink', address: '10.20.0.5' }),
          storyId: 1,
        }),
      ],
    });
  });

  it('does not visit a name that turns private between its check and the visit (DNS rebinding)', async () => {
    visits.length = 0;
    const port = new URL(site.base).port;
    const link = `http://news.rebind.example:${port}/ok`;
    const edition = digest([{ id: 10, name: 'Политика', items: [story(1, 11, { link })] }]);
    // Public to the check's lookup, the newsroom's own machine to every one after it.
    let lookups = 0;
    const rebinding = async () => (lookups++ === 0 ? ['203.0.113.10'] : ['127.0.0.1']);
    const result = await checkLinksOnline(edition, { lookup: rebinding });
    expect(visits).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'link-private',
        message: `The link of “Новина 1” points to a private address (${link}, 127.0.0.1) that readers cannot reach.`,
        storyId: 1,
      }),
    ]);
  });

  it('reports the links and pictures that lead nowhere, by story, and skips what the checks flag', async () => {
    const edition = digest([
      {
        id: 10,
        name: 'Политика',
        items: [
          story(1, 11, {
            link: `${SITE}/gone`,
            body: body(
              p(
                a(`${SITE}/ok`, 'жив'),
                a(`${SITE}/fails`, 'сървърът пада'),
                a('/relative', 'относителна'),
                a('http://cms.local/1', 'вътрешна'),
                a('mailto:desk@24chasa.bg', 'поща'),
              ),
            ),
            image: { kind: 'picture', uri: `${SITE}/moved`, caption: 'Снимка', mimeType: null },
          }),
          story(2, 12, { link: `${SITE}/ok` }),
        ],
      },
    ]);
    expect(editionLinks(edition).map((link) => [link.where, link.url])).toEqual([
      ['storyLink', `${SITE}/gone`],
      ['storyBody', `${SITE}/ok`],
      ['storyBody', `${SITE}/fails`],
      ['storyImage', `${SITE}/moved`],
      ['storyLink', `${SITE}/ok`],
    ]);
    const result = await checkLinksOnline(edition, {
      fetch: throughLocalSite,
      lookup: publicHosts,
    });
    expect(result.checked).toBe(4);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        code: 'link-broken',
        message: `The link of “Новина 1” leads nowhere: ${SITE}/gone answers 404.`,
        params: { where: 'storyLink', url: `${SITE}/gone`, story: 'Новина 1', status: 404 },
        storyId: 1,
        itemId: 11,
        sectionId: 10,
      },
      expect.objectContaining({
        code: 'link-broken',
        params: expect.objectContaining({ where: 'storyBody', status: 500 }),
      }),
      expect.objectContaining({
        code: 'link-broken',
        params: expect.objectContaining({ where: 'storyImage', status: 404 }),
      }),
    ]);
  });

  it('does not follow a public link into the newsroom’s network, and says where it leads', async () => {
    const edition = digest([
      {
        id: 10,
        name: 'Политика',
        items: [
          story(1, 11, { link: `${SITE}/to-intranet` }),
          story(2, 12, { link: `${SITE}/to-localhost` }),
        ],
      },
    ]);
    const result = await checkLinksOnline(edition, {
      fetch: throughLocalSite,
      lookup: async (host) => (host === 'intranet.24chasa.bg' ? ['10.0.0.7'] : ['203.0.113.10']),
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'link-private',
        message: `The link of “Новина 1” points to a private address (${SITE}/to-intranet → http://intranet.24chasa.bg/admin, intranet.24chasa.bg) that readers cannot reach.`,
      }),
      expect.objectContaining({ code: 'link-private', storyId: 2 }),
    ]);
  });

  it('says a link that redirects off the web leads nowhere, not that it is private', async () => {
    const edition = digest([
      { id: 10, name: 'Политика', items: [story(1, 11, { link: `${SITE}/to-ftp` })] },
    ]);
    const result = await checkLinksOnline(edition, {
      fetch: throughLocalSite,
      lookup: publicHosts,
    });
    expect(result.findings).toMatchObject([
      {
        code: 'link-unreachable',
        message: `The link of “Новина 1” could not be reached: ${SITE}/to-ftp (a redirect to no web address).`,
        params: { reason: 'offWeb' },
      },
    ]);
  });

  it('says a link that could not be reached, with why', async () => {
    const edition = digest([
      { id: 10, name: 'Политика', items: [story(1, 11, { link: `${SITE}/silent` })] },
    ]);
    const result = await checkLinksOnline(edition, {
      fetch: throughLocalSite,
      timeoutMs: 300,
      lookup: publicHosts,
    });
    expect(result.findings).toMatchObject([
      {
        code: 'link-unreachable',
        message: `The link of “Новина 1” could not be reached: ${SITE}/silent (no answer in time).`,
        params: { reason: 'timeout' },
      },
    ]);
  });
});
