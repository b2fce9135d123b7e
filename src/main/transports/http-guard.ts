import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

/**
 * The token cookie's name, by port: browsers send a host's cookies to all its ports, so one
 * name would let a second `edition serve` replace the first's token (its tabs logged out) and
 * hand the token to any other server on 127.0.0.1.
 */
export function tokenCookie(port: number): string {
  return `edition_token_${port}`;
}
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
  cookieName: string,
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
    readCookie(req, cookieName),
  ];
  const matched = candidates.find((candidate) => candidate !== null && sameToken(candidate, token));
  if (matched === undefined)
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  return { allowed: true, tokenFromQuery: fromQuery !== null && sameToken(fromQuery, token) };
}

/**
 * The Host headers that name this server: its address as a browser writes it (IPv6 in
 * brackets), loopback by name and number, and — bound to every address for LAN sharing
 * (0.0.0.0, ::) — each of this machine's own addresses, which other machines reach it by.
 */
export function allowedHostsFor(host: string, port: number): Set<string> {
  const names = new Set<string>();
  const add = (address: string): void => {
    names.add(address.includes(':') ? `[${address}]` : address);
  };
  add(host);
  if (host === '127.0.0.1' || host === 'localhost' || host === '0.0.0.0' || host === '::') {
    add('127.0.0.1');
    names.add('localhost');
  }
  if (host === '::1' || host === '::') add('::1');
  if (host === '0.0.0.0' || host === '::')
    for (const address of Object.values(networkInterfaces()).flat())
      if (address && !address.address.includes('%')) add(address.address);
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
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
