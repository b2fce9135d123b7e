import { describe, expect, it } from 'vitest';
import { localServer } from '../test/local-server';
import { followRedirects, MAX_REDIRECTS, RedirectError } from './follow-redirects';

/** A server whose answers are redirects of every kind, on 127.0.0.1. */
const visits: string[] = [];
const site = localServer((request, response) => {
  visits.push(`${request.method} ${request.url} ${request.headers['x-hop'] ?? ''}`.trim());
  const url = request.url ?? '';
  const chain = /^\/chain\/(\d+)$/.exec(url);
  if (chain) {
    const left = Number(chain[1]);
    if (left === 0) return response.writeHead(200).end('at last');
    return response.writeHead(307, { location: `/chain/${left - 1}` }).end('next');
  }
  switch (url) {
    case '/desk/moved':
      return response.writeHead(301, { location: 'feed.xml' }).end();
    case '/desk/feed.xml':
      return response.writeHead(308, { location: '../for-now' }).end();
    case '/for-now':
      return response.writeHead(302, { location: '/page#top' }).end();
    case '/page':
    case '/page?a=1':
      return response.writeHead(200).end('the page');
    case '/not-modified':
      return response.writeHead(304, { location: '/page' }).end();
    case '/choices':
      return response.writeHead(300, { location: '/page' }).end();
    case '/nowhere':
      return response.writeHead(302, { location: '' }).end();
    case '/to-ftp':
      return response.writeHead(302, { location: 'ftp://files.example/a' }).end();
    case '/to-no-address':
      return response.writeHead(303, { location: 'http://[newsroom' }).end();
    default:
      return response.writeHead(404).end();
  }
});

const plain = { init: () => ({}) };

describe('following redirects', () => {
  it('follows each hop from the address that answered, and says which it took', async () => {
    const followed = await followRedirects(`${site.base}/desk/moved`, plain);
    expect(followed.response.status).toBe(200);
    expect(await followed.response.text()).toBe('the page');
    // The fragment is never sent, nor kept in the address the page came from.
    expect(followed.url).toBe(`${site.base}/page`);
    expect(followed.hops.map((hop) => [hop.status, hop.to.href])).toEqual([
      [301, `${site.base}/desk/feed.xml`],
      [308, `${site.base}/for-now`],
      [302, `${site.base}/page`],
    ]);
  });

  it('answers an address that does not redirect as it is, the address untouched', async () => {
    const followed = await followRedirects(`${site.base}/page?a=1#here`, plain);
    expect(followed.response.status).toBe(200);
    expect(followed.url).toBe(`${site.base}/page?a=1#here`);
    expect(followed.hops).toEqual([]);
  });

  it('takes 304, 300 and a redirect without a Location as answers, not redirects', async () => {
    for (const [path, status] of [
      ['/not-modified', 304],
      ['/choices', 300],
      ['/nowhere', 302],
    ] as const) {
      visits.length = 0;
      const followed = await followRedirects(`${site.base}${path}`, plain);
      expect([followed.response.status, followed.hops]).toEqual([status, []]);
      expect(visits).toEqual([`GET ${path}`]);
    }
  });

  it(`follows ${MAX_REDIRECTS} redirects, as fetch and browsers do, and gives up on one more`, async () => {
    const followed = await followRedirects(`${site.base}/chain/${MAX_REDIRECTS}`, plain);
    expect(followed.response.status).toBe(200);
    expect(followed.hops).toHaveLength(MAX_REDIRECTS);
    visits.length = 0;
    await expect(followRedirects(`${site.base}/chain/${MAX_REDIRECTS + 1}`, plain)).rejects.toEqual(
      new RedirectError('too many redirects'),
    );
    expect(visits).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect to no web address, before asking whether to follow it', async () => {
    for (const path of ['/to-ftp', '/to-no-address']) {
      const asked: string[] = [];
      const following = followRedirects(`${site.base}${path}`, {
        ...plain,
        beforeHop: (hop) => void asked.push(hop.to.href),
      });
      await expect(following).rejects.toThrow(RedirectError);
      await expect(following).rejects.toMatchObject({ detail: 'a redirect to no web address' });
      expect(asked).toEqual([]);
    }
  });

  it('asks what to send at each address, and stops where the caller says no', async () => {
    visits.length = 0;
    const asked: string[] = [];
    const refusal = new Error('not there');
    const following = followRedirects(`${site.base}/desk/moved`, {
      init: (url) => {
        asked.push(url);
        return { method: 'HEAD', headers: { 'x-hop': String(asked.length) } };
      },
      beforeHop: (hop) => {
        if (hop.status === 302) throw refusal;
      },
    });
    await expect(following).rejects.toBe(refusal);
    expect(asked).toEqual([
      `${site.base}/desk/moved`,
      `${site.base}/desk/feed.xml`,
      `${site.base}/for-now`,
    ]);
    expect(visits).toEqual(['HEAD /desk/moved 1', 'HEAD /desk/feed.xml 2', 'HEAD /for-now 3']);
  });

  it('asks with the fetch it is given, never following by itself', async () => {
    const modes: RequestInit['redirect'][] = [];
    const watching: typeof fetch = (input, init) => {
      modes.push(init?.redirect);
      return fetch(input, init);
    };
    await followRedirects(`${site.base}/chain/2`, {
      fetch: watching,
      init: () => ({ redirect: 'follow' }),
    });
    expect(modes).toEqual(['manual', 'manual', 'manual']);
  });
});
