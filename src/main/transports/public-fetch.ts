import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { privateHost } from './private-address';

/** The addresses a host name stands for (dns.lookup's answer); tests answer for it. */
export type HostLookup = (hostname: string) => Promise<string[]>;

export const systemLookup: HostLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true })).map((entry) => entry.address);

/** A connection refused because its host stands for an address only the newsroom reaches. */
export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
  readonly code = 'EPRIVATEADDRESS';

  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} stands for a private address (${address})`);
  }
}

/** The PrivateAddressError behind a failed fetch ("fetch failed", its cause the connection's). */
export function privateAddressCause(error: unknown): PrivateAddressError | null {
  for (let at = error; at instanceof Error; at = (at as { cause?: unknown }).cause)
    if (at instanceof PrivateAddressError) return at;
  return null;
}

/**
 * A fetch that connects to public addresses only, judged where the connection looks its host
 * up: the name is resolved once, for the judgement and the connection alike. Judging a name by
 * a lookup of its own before fetching left a gap: a name that answers a public address to the
 * first lookup and a private one to the next (DNS rebinding) led the request inside the
 * newsroom's network. Each call has its own connections; `close` lets them go. `isPrivate`
 * is the judgement (tests reach their own server through it).
 */
export function publicOnlyFetch(
  resolve: HostLookup = systemLookup,
  isPrivate: (host: string) => boolean = privateHost,
): {
  fetch: typeof fetch;
  close: () => Promise<void>;
} {
  const agent = new Agent({ connect: { lookup: publicLookup(resolve, isPrivate) } });
  const guarded = async (input: string | URL | Request, init?: RequestInit) => {
    // An address written out is not looked up by the connection: judged here.
    const url = new URL(input instanceof Request ? input.url : input);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && isPrivate(host))
      throw new TypeError('fetch failed', { cause: new PrivateAddressError(host, host) });
    // undici's own types are those of the same fetch the platform ships; only their names differ.
    return (await undiciFetch(url, {
      ...(init as object),
      dispatcher: agent,
    })) as unknown as Response;
  };
  return { fetch: guarded as typeof fetch, close: () => agent.close() };
}

/** net.connect's lookup, answering only public addresses of a name, from `resolve`. */
export function publicLookup(
  resolve: HostLookup,
  isPrivate: (address: string) => boolean = privateHost,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const inside = addresses.find((address) => isPrivate(address));
        if (inside !== undefined) return callback(new PrivateAddressError(hostname, inside), '', 0);
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((entry) => entry.family !== 0 && (wanted === 0 || entry.family === wanted));
        if (usable.length === 0) {
          const none = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
            code: 'ENOTFOUND',
            hostname,
          });
          return callback(none, '', 0);
        }
        if (options.all) return callback(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
