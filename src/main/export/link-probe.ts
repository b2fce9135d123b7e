import { followRedirects, RedirectError } from '../transports/follow-redirects';
import { privateAddressCause } from '../transports/public-fetch';

/**
 * Visits a link the way a reader's click would, to tell a producer before sending which links
 * lead nowhere. HEAD first (no body to download); servers that refuse HEAD are asked again with
 * GET, whose body is not read. Redirects are followed, as a browser follows them, a hop at a time.
 */
export type ProbeResult =
  | { url: string; outcome: 'ok'; status: number }
  /** The server answered that the page is not there (4xx) or failed (5xx). */
  | { url: string; outcome: 'broken'; status: number }
  /** No answer: no such host, connection refused or reset, a bad certificate, a timeout. */
  | { url: string; outcome: 'unreachable'; reason: UnreachableReason; detail: string }
  /**
   * It leads to a private address, not visited: a redirect `mayVisit` refused, or a host the
   * connection found to stand for one (`address`); `target` is the address asked for then.
   */
  | { url: string; outcome: 'refused'; target: string; address?: string };

/** Why a link had no answer, for the window to say in its own language. */
export type UnreachableReason =
  'timeout' | 'host' | 'refused' | 'closed' | 'certificate' | 'redirectLoop' | 'offWeb' | 'other';

/** The same in English, for the CLI and the message every finding carries. */
export const UNREACHABLE_WORDS: Record<UnreachableReason, string> = {
  timeout: 'no answer in time',
  host: 'no such host',
  refused: 'connection refused',
  closed: 'connection closed',
  certificate: 'its certificate is not valid',
  redirectLoop: 'too many redirects',
  offWeb: 'a redirect to no web address',
  other: 'no answer',
};

export interface ProbeOptions {
  /** Longest wait for one link's answer (its headers). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /**
   * Whether a redirect may be followed to this address. Redirects are followed here, a hop at a
   * time, so that a public link cannot lead the check into the newsroom's own network.
   */
  mayVisit?: (url: URL) => boolean | Promise<boolean>;
}

class RefusedRedirect extends Error {
  constructor(readonly target: string) {
    super(`redirects to ${target}`);
  }
}

const TIMEOUT_MS = 8_000;
/**
 * Answers to HEAD worth asking again with GET: servers that refuse HEAD (405, 501) or mishandle
 * it answer 400, 403, 404 or 406 to a HEAD for a page a GET reads.
 */
const ASK_AGAIN_WITH_GET = new Set([400, 403, 404, 405, 406, 501]);
/**
 * Answers that do not mean a reader finds nothing: the page exists behind a login or a paywall,
 * or the site turned away a robot, or asked it to slow down. Not reported.
 */
const NOT_JUDGED = new Set([401, 403, 407, 429, 451]);

export async function probeLink(url: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const request = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  /** The address being asked: the link, then each redirect's. */
  let asked = url;
  const ask = async (method: 'HEAD' | 'GET'): Promise<number> => {
    asked = url;
    // One wait for the whole chain of redirects, as a reader waits for the page.
    const signal = AbortSignal.timeout(timeoutMs);
    const { response } = await followRedirects(url, {
      fetch: request,
      init: () => ({
        method,
        signal,
        headers: { 'user-agent': 'Edition link check', accept: '*/*' },
      }),
      beforeHop: async ({ to }) => {
        if (options.mayVisit && !(await options.mayVisit(to))) throw new RefusedRedirect(to.href);
        asked = to.href;
      },
    });
    // Only the status is wanted: the body is let go unread.
    await response.body?.cancel().catch(() => undefined);
    return response.status;
  };
  try {
    let status = await ask('HEAD');
    if (ASK_AGAIN_WITH_GET.has(status)) status = await ask('GET');
    if (status >= 400 && !NOT_JUDGED.has(status)) return { url, outcome: 'broken', status };
    return { url, outcome: 'ok', status };
  } catch (error) {
    if (error instanceof RefusedRedirect) return { url, outcome: 'refused', target: error.target };
    const inside = privateAddressCause(error);
    if (inside) return { url, outcome: 'refused', target: asked, address: inside.address };
    const reason = unreachableReason(error);
    const cause = (error as { cause?: { message?: string } }).cause;
    const detail =
      reason === 'other' ? (cause?.message ?? (error as Error).message) : UNREACHABLE_WORDS[reason];
    return { url, outcome: 'unreachable', reason, detail };
  }
}

/** Every link once, a few at a time: a digest's links are on a handful of sites. */
export async function probeLinks(
  urls: string[],
  options: ProbeOptions & { concurrency?: number; onProbed?: (done: number) => void } = {},
): Promise<Map<string, ProbeResult>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, ProbeResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const url = unique[next++]!;
      results.set(url, await probeLink(url, options));
      options.onProbed?.(results.size);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? 6, unique.length) }, worker),
  );
  return results;
}

/** Why there was no answer (fetch says only "fetch failed"; its cause says why). */
function unreachableReason(error: unknown): UnreachableReason {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  if (error instanceof RedirectError)
    return error.detail === 'too many redirects' ? 'redirectLoop' : 'offWeb';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host';
    case 'ECONNREFUSED':
      return 'refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'closed';
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
      return 'timeout';
    default:
      if (cause?.code?.startsWith('ERR_TLS') || /certificate/i.test(cause?.message ?? ''))
        return 'certificate';
      return 'other';
  }
}
