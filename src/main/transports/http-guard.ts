import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'edition_token';
export const TOKEN_HEADER = 'x-edition-token';

export type Verdict =
  | { allowed: true; tokenFromQuery: boolean }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * Browser mode's gate. Host and Origin must name this server (a page on another site, or a DNS
 * rebinding attack, carries a foreign one); the token must come with every request, from the
 * printed URL, the cookie that URL sets, or the client's header.
 */
export function checkRequest(
  req: IncomingMessage,
  token: string,
  allowedHosts: Set<string>,
): Verdict {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts.has(host))
    return { allowed: false, status: 403, reason: `foreign Host "${host}"` };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.has(originHost(origin))) {
    return { allowed: false, status: 403, reason: `foreign Origin "${origin}"` };
  }
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const fromQuery = url.searchParams.get('token');
  const header = req.headers[TOKEN_HEADER];
  const candidates = [
    fromQuery,
    typeof header === 'string' ? header : null,
    readCookie(req, TOKEN_COOKIE),
  ];
  const matched = candidates.find((candidate) => candidate !== null && sameToken(candidate, token));
  if (matched === undefined)
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  return { allowed: true, tokenFromQuery: fromQuery !== null && sameToken(fromQuery, token) };
}

export function allowedHostsFor(host: string, port: number): Set<string> {
  const names = host === '127.0.0.1' || host === 'localhost' ? ['127.0.0.1', 'localhost'] : [host];
  if (host === '::1') names.push('[::1]');
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function sameToken(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
