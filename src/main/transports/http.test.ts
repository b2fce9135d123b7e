import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryContext, tempFolder } from '../test/helpers';
import { startBrowserMode, type BrowserModeServer } from './http';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that Host and Origin can be whatever an attacker would send. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser mode over real HTTP', () => {
  const folder = tempFolder();
  let server: BrowserModeServer;
  let port: number;
  let token: string;
  let host: string;
  const api = (name: string, body: unknown, extra: Record<string, string> = {}) =>
    send(port, {
      method: 'POST',
      path: `/api/${name}`,
      headers: {
        Host: host,
        'Content-Type': 'application/json',
        'X-Edition-Token': token,
        ...extra,
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const renderer = join(folder.path, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Edition</title>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(folder.path, 'secret.txt'), 'outside the renderer');
    server = await startBrowserMode({
      ctx: memoryContext(),
      rendererDir: renderer,
      maxBodyBytes: 4096,
    });
    const url = new URL(server.url);
    port = Number(url.port);
    host = url.host;
    token = server.token;
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toBe(token);
  });
  afterAll(async () => {
    await server.close();
    folder.cleanup();
  });

  it('refuses requests without the token (401)', async () => {
    expect((await send(port, { headers: { Host: host } })).status).toBe(401);
    expect((await send(port, { path: '/?token=wrong', headers: { Host: host } })).status).toBe(401);
    const noToken = await send(port, {
      method: 'POST',
      path: '/api/stories.list',
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
  });

  it('refuses a foreign Host or Origin (403), even with the token', async () => {
    expect(
      (await send(port, { path: `/?token=${token}`, headers: { Host: 'evil.example:80' } })).status,
    ).toBe(403);
    expect((await api('stories.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('stories.list', {}, { Origin: `http://${host}` })).status).toBe(200);
  });

  it('serves the page with the token, sets a cookie that authorises later requests', async () => {
    const page = await send(port, { path: `/?token=${token}`, headers: { Host: host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    // Named by the port: browsers share cookies among all ports of a host, and a second
    // `edition serve` (or any server on 127.0.0.1) must neither replace nor receive this one.
    expect(cookie).toBe(`edition_token_${port}=${token}`);
    const otherPorts = await send(port, {
      path: '/assets/app.js',
      headers: { Host: host, Cookie: `edition_token=${token}; edition_token_1=${token}` },
    });
    expect(otherPorts.status).toBe(401);
    const asset = await send(port, {
      path: '/assets/app.js',
      headers: { Host: host, Cookie: cookie },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('never serves files outside the renderer folder', async () => {
    const reply = await send(port, {
      path: '/../secret.txt',
      headers: { Host: host, 'X-Edition-Token': token },
    });
    expect(reply.body).not.toContain('outside the renderer');
    const encoded = await send(port, {
      path: '/%2e%2e/secret.txt',
      headers: { Host: host, 'X-Edition-Token': token },
    });
    expect(encoded.body).not.toContain('outside the renderer');
  });

  it('runs requests through the shared handlers and answers Results', async () => {
    const created = await api('digests.create', { date: '2026-03-14' });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { date: '2026-03-14' } });
    const invalid = await api('digests.create', { date: 'tomorrow' });
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it('refuses malformed and oversized bodies with clear errors', async () => {
    const malformed = await send(port, {
      method: 'POST',
      path: '/api/stories.list',
      headers: { Host: host, 'Content-Type': 'application/json', 'X-Edition-Token': token },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
    const big = await api('stories.list', { search: 'x'.repeat(10_000) });
    expect(big.status).toBe(413);
    const wrongType = await send(port, {
      method: 'POST',
      path: '/api/stories.list',
      headers: { Host: host, 'Content-Type': 'text/plain', 'X-Edition-Token': token },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
  });
});

describe('stopping browser mode', () => {
  it('stops even while a client holds a request half-sent', async () => {
    const folder = tempFolder();
    const renderer = join(folder.path, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Edition</title>');
    const server = await startBrowserMode({ ctx: memoryContext(), rendererDir: renderer });
    const url = new URL(server.url);
    // Headers promising a body that never comes: the connection stays active, not idle.
    const socket = connect(Number(url.port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/stories.list HTTP/1.1\r\nHost: ${url.host}\r\nX-Edition-Token: ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = await Promise.race([
      server.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still open after 5 s'), 5_000)),
    ]);
    socket.destroy();
    folder.cleanup();
    expect(closed).toBe('closed');
  });
});
