/**
 * Why a feed's server could not be reached, from the code Node's network stack gave
 * (`feedUnreachable`'s `detail`): "ENOTFOUND" or "ERR_SSL_WRONG_VERSION_NUMBER" tells an editor
 * nothing, "no server by that name: check the address" does. Read from the detail, not stored,
 * so that failures recorded before are worded too.
 */
export type UnreachableWhy =
  | 'refused'
  | 'noHost'
  | 'closed'
  | 'timedOut'
  | 'network'
  | 'noHttps'
  | 'secure'
  | 'certificate'
  | 'redirectLoop'
  | 'offWeb'
  | 'privateRedirect'
  | 'privateAddress'
  | 'badPort';

const CAUSES: [RegExp, UnreachableWhy][] = [
  [/^ECONNREFUSED$/, 'refused'],
  [/^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_NODATA|EAI_FAIL)$/, 'noHost'],
  [/^(?:ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'closed'],
  [/^(?:ETIMEDOUT|UND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT)$/, 'timedOut'],
  [/^(?:ENETUNREACH|EHOSTUNREACH|ENETDOWN|EHOSTDOWN)$/, 'network'],
  // An https:// address on a server that speaks plain http answers with no TLS record at all.
  [/^ERR_SSL_WRONG_VERSION_NUMBER$/, 'noHttps'],
  [/CERT|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/, 'certificate'],
  [/^(?:ERR_SSL_|ERR_TLS_|EPROTO$)/, 'secure'],
  // Redirects that go round, 20 followed and no feed: in undici's words (no code) for failures
  // stored before, and in the poller's own now that it follows them (transports/follow-redirects).
  [/^(?:redirect count exceeded|too many redirects)$/i, 'redirectLoop'],
  // The poller's own refusals of a redirect (transports/follow-redirects, feed-poller.ts).
  [/^a redirect to no web address$/, 'offWeb'],
  [/^a redirect to a private address$/, 'privateRedirect'],
  // A feed on the web whose name (or a redirect's) stands for a private address when the poll
  // connects (transports/public-fetch).
  [/^a private address$/, 'privateAddress'],
  // undici's words for a port fetch never asks (25, 1, 6000…: the Fetch standard's "bad ports").
  [/^bad port$/, 'badPort'],
];

export function unreachableWhy(detail: string | number | undefined): UnreachableWhy | null {
  if (typeof detail !== 'string') return null;
  return CAUSES.find(([pattern]) => pattern.test(detail))?.[1] ?? null;
}
