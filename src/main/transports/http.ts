import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { EventStreams } from './http-events';
import { allowedHostsFor, checkRequest, tokenCookie } from './http-guard';
import { readStatic } from './static-files';

/** How long a stopping server lets requests in flight finish. */
const CLOSE_GRACE_MS = 1_000;

/** Imports arrive as base64 inside JSON; this bounds one request, not the store. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface BrowserModeOptions {
  ctx: HandlerContext;
  rendererDir: string;
  host?: string;
  port?: number;
  token?: string;
  /** Defaults to MAX_BODY_BYTES; tests lower it. */
  maxBodyBytes?: number;
}

export interface BrowserModeServer {
  server: Server;
  url: string;
  token: string;
  close: () => Promise<void>;
}

/** Browser mode: the built renderer and the request map over HTTP, for one local user. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts = new Set<string>();
  let cookieName = tokenCookie(0); // named by the port once listening
  const events = new EventStreams();
  options.ctx.emit = (name, payload) => events.send({ name, payload });
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[edition] browser mode:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(req, token, allowedHosts, cookieName);
    if (!verdict.allowed) {
      send(
        res,
        verdict.status,
        'text/plain; charset=utf-8',
        `${verdict.status === 401 ? 'Unauthorized' : 'Forbidden'}: ${verdict.reason}. Open the URL that "edition serve" printed.`,
      );
      return;
    }
    const path = new URL(req.url ?? '/', 'http://placeholder').pathname;
    if (path === '/api/events' && req.method === 'GET') {
      events.open(res);
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApi(req, res, decodeURIComponent(path.slice('/api/'.length)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const file =
      (await readStatic(options.rendererDir, path)) ?? (await readStatic(options.rendererDir, '/'));
    if (!file) {
      send(
        res,
        500,
        'text/plain; charset=utf-8',
        `The renderer is not built (${options.rendererDir}). Run "npm run build".`,
      );
      return;
    }
    if (verdict.tokenFromQuery) {
      res.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    send(res, 200, file.type, file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Requests are POSTed');
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(
        res,
        415,
        'text/plain; charset=utf-8',
        'Requests are JSON (Content-Type: application/json)',
      );
      return;
    }
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      sendJson(res, 413, {
        ok: false,
        error: {
          code: 'invalid_request',
          message: `The request is larger than ${(limit / 1024 / 1024).toFixed(1)} MB.`,
        },
      });
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8') || '{}');
    } catch {
      sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_request', message: 'The request body is not valid JSON.' },
      });
      return;
    }
    sendJson(res, 200, await dispatch(options.ctx, name, payload));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = allowedHostsFor(host, port);
  cookieName = tokenCookie(port);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    token,
    url: `http://${urlHost}:${port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        events.closeAll();
        server.close(() => resolve());
        // close() waits for every open connection. A browser tab can hold one mid-request or
        // reconnecting; after a short grace the rest are cut, so stopping never hangs.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, keep draining (so the 413 can be answered) but hold nothing.
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
