import type { LookupAddress } from 'node:dns';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localServer } from '../test/local-server';
import { privateAddressCause, publicLookup, publicOnlyFetch } from './public-fetch';

const visits: string[] = [];
const site = localServer((request, response) => {
  visits.push(request.url ?? '');
  if (request.url === '/moved') return response.writeHead(301, { location: '/feed' }).end();
  if (request.url === '/feed')
    return response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
      .end(gzipSync('<rss>новини</rss>'));
  response.writeHead(200).end('inside');
});

/** What net.connect's lookup answers, as a promise: the error, or the addresses. */
function lookUp(
  resolve: (hostname: string) => Promise<string[]>,
  options: { family?: number; all?: boolean },
): Promise<Error | string | LookupAddress[]> {
  return new Promise((settle) =>
    publicLookup(resolve)('news.example', options, (error, address) =>
      settle(error ?? (address as string | LookupAddress[])),
    ),
  );
}

describe('a fetch that reaches public addresses only', () => {
  it('answers a connection with the public addresses of the name, as asked', async () => {
    const resolve = async () => ['203.0.113.10', '2001:db8::1'];
    expect(await lookUp(resolve, {})).toBe('203.0.113.10');
    expect(await lookUp(resolve, { family: 6 })).toBe('2001:db8::1');
    expect(await lookUp(resolve, { all: true })).toEqual([
      { address: '203.0.113.10', family: 4 },
      { address: '2001:db8::1', family: 6 },
    ]);
    expect(await lookUp(async () => ['2001:db8::1'], { family: 4 })).toMatchObject({
      code: 'ENOTFOUND',
    });
  });

  it('refuses a name that stands for a private address, even among public ones', async () => {
    const error = await lookUp(async () => ['203.0.113.10', '::ffff:10.0.0.5'], {});
    expect(error).toMatchObject({ code: 'EPRIVATEADDRESS', address: '::ffff:10.0.0.5' });
  });

  it('never connects inside, whether the name or the address is written in the link', async () => {
    visits.length = 0;
    const port = new URL(site.base).port;
    const guarded = publicOnlyFetch(async () => ['127.0.0.1']);
    try {
      for (const url of [`http://intranet.example:${port}/a`, `${site.base}/b`]) {
        const failure = await guarded.fetch(url).catch((error: unknown) => error);
        expect(privateAddressCause(failure), url).toMatchObject({ address: '127.0.0.1' });
      }
    } finally {
      await guarded.close();
    }
    expect(visits).toEqual([]);
  });

  it('answers as the platform’s fetch does where it may connect', async () => {
    // This machine's own server, judged public for once: the one place a test can reach.
    const guarded = publicOnlyFetch(
      async () => ['127.0.0.1'],
      () => false,
    );
    const port = new URL(site.base).port;
    try {
      const moved = await guarded.fetch(`http://news.example:${port}/moved`, {
        redirect: 'manual',
      });
      expect([moved.status, moved.headers.get('location')]).toEqual([301, '/feed']);
      const feed = await guarded.fetch(`http://news.example:${port}/feed`);
      expect(await feed.text()).toBe('<rss>новини</rss>');
    } finally {
      await guarded.close();
    }
  });
});
