/**
 * Redirects followed a hop at a time, as fetch follows them, for the callers that must see each
 * hop: the feed poller (which moves are for good) and the link check (which addresses it may
 * visit). One rule for what a redirect is and how far it goes, so the two never disagree.
 * Both only read (GET, HEAD): the request is asked again as it was at every hop, where fetch would
 * turn a POST into a GET after a 303.
 */

/**
 * Redirects followed before giving up: fetch's limit, and a browser's, so a chain a reader's
 * browser follows is followed here too.
 */
export const MAX_REDIRECTS = 20;

/**
 * The answers fetch and browsers follow. Not 304 (the copy held is still good), nor 300 or 305:
 * their Location is a suggestion a browser does not follow by itself.
 */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** One redirect followed: the status that sent it, and the address it led to. */
export interface Hop {
  status: number;
  to: URL;
}

export interface FollowOptions {
  fetch?: typeof fetch;
  /**
   * What to send to an address (method, headers, signal), asked again at each hop: what is sent
   * may depend on where (credentials go to their own origin only). Redirects are always manual.
   */
  init: (url: string) => RequestInit;
  /** Asked before a hop is followed; whatever it throws stops the following there. */
  beforeHop?: (hop: Hop) => void | Promise<void>;
}

export interface Followed {
  /** The first answer that is not a redirect, its body unread. */
  response: Response;
  /** The address that answered it: the last hop's, or the one asked (as it was given). */
  url: string;
  /** Each redirect followed, in order. */
  hops: Hop[];
}

/** A chain that goes round, or leads off the web: the caller words it its own way. */
export class RedirectError extends Error {
  override name = 'RedirectError';

  constructor(readonly detail: 'too many redirects' | 'a redirect to no web address') {
    super(detail);
  }
}

/** Where an answer redirects to, or null when it is no redirect (or one to nowhere). */
function redirectLocation(response: Response): string | null {
  if (!REDIRECT_STATUSES.has(response.status)) return null;
  // An empty Location would lead back to the same address, round and round: it is no redirect.
  return response.headers.get('location') || null;
}

export async function followRedirects(url: string, options: FollowOptions): Promise<Followed> {
  const request = options.fetch ?? fetch;
  const hops: Hop[] = [];
  let current = url;
  for (;;) {
    const response = await request(current, { ...options.init(current), redirect: 'manual' });
    const location = redirectLocation(response);
    if (location === null) return { response, url: current, hops };
    // A redirect's body is only a note for people: let it go unread.
    await response.body?.cancel().catch(() => undefined);
    if (hops.length >= MAX_REDIRECTS) throw new RedirectError('too many redirects');
    // Relative to the address that answered, as fetch resolves it.
    const next = URL.canParse(location, current) ? new URL(location, current) : null;
    if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:'))
      throw new RedirectError('a redirect to no web address');
    // A fragment is never sent: the address fetched, and told, is without it.
    next.hash = '';
    const hop = { status: response.status, to: next };
    await options.beforeHop?.(hop);
    hops.push(hop);
    current = next.href;
  }
}
