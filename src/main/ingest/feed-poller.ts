import type { FailureReason, FeedSubscription, ImportReport } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { followRedirects, RedirectError } from '../transports/follow-redirects';
import { privateHost } from '../transports/private-address';
import {
  privateAddressCause,
  publicOnlyFetch,
  systemLookup,
  type HostLookup,
} from '../transports/public-fetch';
import { MAX_FILE_BYTES } from '../wire/decode';
import { ImportError } from '../wire/types';
import {
  channelTitle,
  contentTypeCharset,
  isEmptyJsonList,
  isFeedDocument,
  isSignInPage,
  isWebPage,
  redact,
  withoutCredentials,
} from './feed-request';
import { ingestFile } from './ingest-file';

/** Longest wait between tries of a failing feed, whatever its interval. */
const MAX_BACKOFF_MINUTES = 24 * 60;
const FETCH_TIMEOUT_MS = 20_000;

export type Fetch = typeof fetch;

/**
 * Polls one feed: a conditional GET (ETag / Last-Modified), the body imported like a file,
 * the next check scheduled. Failures back off exponentially (interval × 2^failures, capped)
 * so a dead feed is not hammered; the first success resets it.
 */
export async function pollFeed(
  ctx: HandlerContext,
  feedId: number,
  report: ImportReport,
  fetchImpl?: Fetch,
  lookup: HostLookup = systemLookup,
): Promise<void> {
  const feed = ctx.feeds.get(feedId);
  if (!feed) return;
  const started = ctx.now();
  // New stories only: the row says "N new stories", and an updated one is not new.
  const before = report.imported.length;
  // A password in the URL goes in a header (fetch refuses such URLs), and never into a report.
  const { url, name: askedName, authorization } = withoutCredentials(feed.url);
  let name = askedName;
  const transport = await feedTransport(url, fetchImpl, lookup);
  try {
    const { response, fetchedFrom, movedTo } = await fetchFollowing(transport, url, {
      accept:
        'application/rss+xml, application/atom+xml, application/json, application/xml;q=0.9, */*;q=0.5',
      authorization,
      etag: feed.etag,
      lastModified: feed.lastModified,
    });
    // Moved for good: the subscription's address from this success on (its password kept
    // where it is still sent), its items still known by the address they came from.
    const moved = movedTo && {
      url: withCredentialsOf(feed.url, movedTo),
      itemScope: feed.itemScope ?? url,
    };
    if (moved) name = withoutCredentials(moved.url).name;
    if (response.status === 304) {
      ctx.feeds.record(feedId, { ...success(feed, started, 0), ...(moved && { moved }) });
      return;
    }
    if (!response.ok) {
      // Let go unread: its connection goes back, and the transport can close.
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      const refusal = new ImportError(`HTTP ${status}`, { key: 'feedHttp', values: { status } });
      throw Object.assign(refusal, { retryAt: retryAt(response, started) });
    }
    const bytes = await readLimited(response);
    // A web page changes with every visit: each poll would import it again as a new story.
    if (isWebPage(bytes)) throw webPage(bytes);
    const failedBefore = report.failed.length;
    const charset = contentTypeCharset(response);
    await ingestFile(ctx, name, bytes, report, charset, {
      scope: feed.itemScope ?? url,
      fetchedFrom,
    });
    const fileFailure = report.failed.length > failedBefore ? report.failed.at(-1)! : null;
    // A feed with no items today is quiet, not failing: no back-off for it.
    if (fileFailure && isQuiet(fileFailure.reason?.key, bytes)) report.failed.pop();
    else if (fileFailure) throw new ImportError(fileFailure.error, fileFailure.reason);
    ctx.feeds.record(feedId, {
      ...success(feed, started, report.imported.length - before),
      title: isFeedDocument(bytes) ? channelTitle(bytes, charset) : null,
      validators: {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      },
      ...(moved && { moved }),
    });
  } catch (error) {
    const failures = feed.failures + 1;
    const { message, reason } = describe(error);
    if (!report.failed.some((entry) => entry.file === name))
      report.failed.push({
        file: name,
        error: redact(message, feed.url),
        ...(reason && { reason }),
      });
    const backOff = addMinutes(
      started,
      Math.min(feed.intervalMinutes * 2 ** failures, MAX_BACKOFF_MINUTES),
    );
    // A busy server's own word on when to come back, if later (within a day).
    const asked = (error as { retryAt?: string | null }).retryAt ?? null;
    const latest = addMinutes(started, MAX_BACKOFF_MINUTES);
    const askedWithin = asked && asked > latest ? latest : asked;
    ctx.feeds.record(feedId, {
      checkedAt: started,
      nextCheckAt: askedWithin && askedWithin > backOff ? askedWithin : backOff,
      failures,
      error: redact(message, feed.url),
      errorReason: reason ?? null,
      imported: 0,
    });
  } finally {
    // Its connections let go once the body read (or given up) is done with them.
    void transport.close?.();
  }
}

/** How a poll reaches the feed: the fetch to use, and whether it may go into a private network. */
interface FeedTransport {
  fetch: Fetch;
  /** The feed is out on the web: no redirect may lead the poll into the newsroom's network. */
  fromOutside: boolean;
  close?: () => Promise<void>;
}

/**
 * An intranet feed (by its name: `cms.local`, a bare name, a private address) may lead anywhere
 * on the intranet. A feed named as one on the web is fetched by a fetch that connects to public
 * addresses only, judged at each connection's own lookup, so neither a redirect to a name that
 * stands for a private address nor the feed's own name answering a private one by the time the
 * poll connects (DNS rebinding) sends the poll into a router or a metadata service. One exception:
 * a name the newsroom's own DNS answers with an intranet address (split horizon) is connected to
 * at the addresses that first lookup gave, and no others; its redirects are still judged as a
 * web feed's, so a name that answers private once does not open the way for a redirect inside.
 * A fetch given by a test is used as it is, judged by names only.
 */
async function feedTransport(
  url: string,
  fetchImpl: Fetch | undefined,
  lookup: HostLookup,
): Promise<FeedTransport> {
  const host = new URL(url).hostname;
  if (privateHost(host)) return { fetch: fetchImpl ?? fetch, fromOutside: false };
  if (fetchImpl) return { fetch: fetchImpl, fromOutside: true };
  const first = await lookup(host).catch(() => [] as string[]);
  const inside = first.filter((address) => privateHost(address));
  const guarded =
    inside.length === 0
      ? publicOnlyFetch(lookup)
      : publicOnlyFetch(
          (name) => (name === host ? Promise.resolve(first) : lookup(name)),
          (address) => privateHost(address) && !inside.includes(address),
        );
  return { fetch: guarded.fetch, fromOutside: true, close: guarded.close };
}

/** What a poll asks with: the types it takes, credentials, and the validators it holds. */
interface FeedAsk {
  accept: string;
  authorization: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** The moves that are for good: the subscription's address follows them. */
const PERMANENT = new Set([301, 308]);

/**
 * The feed fetched, its redirects followed a hop at a time (fetch would follow them without
 * saying which were permanent). `fetchedFrom`: the address the body came from, which its
 * relative links stand on. `movedTo`: where the feed moved for good — the end of the run of
 * permanent redirects (301, 308) it starts with; a temporary one (302, 303, 307) after them is
 * where the feed is for now, and the address before it stays. Credentials go to the feed's
 * own origin only, as fetch sends them.
 */
async function fetchFollowing(
  { fetch: fetchImpl, fromOutside }: FeedTransport,
  url: string,
  ask: FeedAsk,
): Promise<{ response: Response; fetchedFrom: string; movedTo: string | null }> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const origin = new URL(url).origin;
  try {
    const followed = await followRedirects(url, {
      fetch: fetchImpl,
      beforeHop: ({ to }) => {
        if (fromOutside && privateHost(to.hostname))
          throw unreachable('a redirect to a private address');
      },
      init: (at) => ({
        headers: {
          Accept: ask.accept,
          ...(ask.authorization && new URL(at).origin === origin
            ? { Authorization: ask.authorization }
            : {}),
          ...(ask.etag ? { 'If-None-Match': ask.etag } : {}),
          ...(ask.lastModified ? { 'If-Modified-Since': ask.lastModified } : {}),
        },
        signal,
      }),
    });
    const temporary = followed.hops.findIndex((hop) => !PERMANENT.has(hop.status));
    const permanent = temporary === -1 ? followed.hops : followed.hops.slice(0, temporary);
    return {
      response: followed.response,
      fetchedFrom: followed.url,
      movedTo: permanent.at(-1)?.to.href ?? null,
    };
  } catch (error) {
    if (error instanceof RedirectError) throw unreachable(error.detail);
    if (privateAddressCause(error)) throw unreachable('a private address');
    throw error;
  }
}

/** As fetch's own failures are told (feedUnreachable), for the redirects followed here. */
function unreachable(detail: string): ImportError {
  return new ImportError(`cannot reach the feed (${detail})`, {
    key: 'feedUnreachable',
    values: { detail },
  });
}

/** A new address of the feed with the subscription's user name and password, on its origin. */
function withCredentialsOf(feedUrl: string, movedTo: string): string {
  const before = new URL(feedUrl);
  const after = new URL(movedTo);
  if (after.origin === before.origin) {
    after.username = before.username;
    after.password = before.password;
  }
  return after.toString();
}

/**
 * When a server that refused (429 Too Many Requests, 503) asks to be asked again: Retry-After in
 * seconds or as an HTTP date. Null when it does not say, or says something unreadable.
 */
function retryAt(response: Response, now: string): string | null {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return null;
  const at = /^\d+$/.test(value) ? Date.parse(now) + Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(at) && at > Date.parse(now) ? new Date(at).toISOString() : null;
}

/** RSS or Atom without items, or an empty ninjs list: nothing new, and nothing wrong. */
function isQuiet(failure: FailureReason['key'] | undefined, bytes: Uint8Array): boolean {
  if (failure === 'noText') return isFeedDocument(bytes);
  return failure === 'notNewsJson' && isEmptyJsonList(bytes);
}

function success(feed: FeedSubscription, checkedAt: string, imported: number) {
  return {
    checkedAt,
    nextCheckAt: addMinutes(checkedAt, feed.intervalMinutes),
    failures: 0,
    error: null,
    errorReason: null,
    imported,
  };
}

/**
 * The body, read as it arrives and given up past the limit: a feed that never ends, or a
 * small gzip that unpacks to gigabytes (fetch unpacks as it reads), never fills the memory.
 */
async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FILE_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > MAX_FILE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, length);
}

function webPage(bytes: Uint8Array): ImportError {
  if (!isSignInPage(bytes)) return new ImportError('a web page, not a feed', { key: 'feedIsPage' });
  return new ImportError(
    'a sign-in page, not a feed: the user name and password may be wrong or expired',
    { key: 'feedSignIn' },
  );
}

function tooLarge(): ImportError {
  const limit = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
  return new ImportError(`the feed is larger than ${limit}`, {
    key: 'feedTooLarge',
    values: { limit },
  });
}

/** Why a poll failed: in English, and as a reason the interface can say in its language. */
function describe(error: unknown): { message: string; reason?: FailureReason } {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') {
    const seconds = FETCH_TIMEOUT_MS / 1000;
    return {
      message: `no answer within ${seconds} s`,
      reason: { key: 'feedTimeout', values: { seconds } },
    };
  }
  const detail = cause?.code ?? cause?.message;
  if (detail) {
    return {
      message: `cannot reach the feed (${detail})`,
      reason: { key: 'feedUnreachable', values: { detail } },
    };
  }
  const reason = error instanceof ImportError ? error.reason : undefined;
  return { message: (error as Error).message, ...(reason && { reason }) };
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

/** Polls every due feed, one at a time; returns one report for all of them. */
export async function pollDueFeeds(ctx: HandlerContext, fetchImpl?: Fetch): Promise<ImportReport> {
  return pollFeeds(ctx, ctx.feeds.due(ctx.now()), fetchImpl);
}

async function pollFeeds(
  ctx: HandlerContext,
  ids: number[],
  fetchImpl?: Fetch,
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  for (const id of ids) {
    try {
      await pollFeed(ctx, id, report, fetchImpl);
    } catch (error) {
      // One feed that cannot even be asked never keeps the others from being polled.
      report.failed.push({ file: `feed ${id}`, error: (error as Error).message });
    }
  }
  return report;
}

export interface FeedScheduleListener {
  /** Something arrived, changed or failed: the inbox (and notices) have news. */
  onReport?: (report: ImportReport) => void;
  /** These feeds were checked, whatever came of it: their last check and next one moved. */
  onChecked?: (ids: number[]) => void;
}

/** The serving process's timer: checks for due feeds every `tickMs`. */
export class FeedScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running = false;

  constructor(
    private readonly ctx: HandlerContext,
    private readonly listener: FeedScheduleListener = {},
    private readonly tickMs = 30_000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref?.();
    void this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const ids = this.ctx.feeds.due(this.ctx.now());
      if (ids.length === 0) return;
      const report = await pollFeeds(this.ctx, ids);
      if (report.imported.length + report.updated.length + report.failed.length > 0)
        this.listener.onReport?.(report);
      this.listener.onChecked?.(ids);
    } finally {
      this.running = false;
    }
  }
}
