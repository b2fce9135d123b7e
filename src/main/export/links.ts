import { privateHost } from '../transports/private-address';

/**
 * URL policy shared by the exporters and the pre-send checks, so that what a check calls broken is
 * exactly what an exporter drops. Story links and images are stricter than body links (which
 * lexical-html.ts filters with wire/blocks' safeHref): a "read more" must be an absolute web URL.
 */
export type LinkProblem = 'javascript' | 'relative' | 'malformed' | 'private';

/** Browsers ignore ASCII tabs, newlines and leading control characters inside a scheme. */
function normalisedScheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? '';
}

/** What is wrong with a link, or null when it is an absolute http(s) or mailto URL. */
export function linkProblem(url: string): LinkProblem | null {
  const scheme = normalisedScheme(url);
  if (scheme === 'javascript' || scheme === 'vbscript') return 'javascript';
  if (!scheme) return 'relative';
  if (scheme === 'mailto') return /^mailto:[^\s@]+@[^\s@]+$/i.test(url.trim()) ? null : 'malformed';
  if (scheme !== 'http' && scheme !== 'https') return 'malformed';
  const web = webUrl(url);
  if (!web) return 'malformed';
  return privateHost(new URL(web).hostname) ? 'private' : null;
}

/** The URL if it is an absolute http(s) URL with a host, else null. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || /\s/.test(trimmed)) return null;
  try {
    return new URL(trimmed).hostname ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * An image source the exports may print: https only (mail clients and the web page's CSP refuse
 * or warn on http), or a data: image where the caller allows it (the web page; not email, which
 * Gmail and Outlook block).
 */
export function imageUrl(uri: string | null | undefined, allowData = false): string | null {
  if (!uri) return null;
  const trimmed = uri.trim();
  if (allowData && /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=]+$/i.test(trimmed)) {
    return trimmed;
  }
  return /^https:\/\//i.test(trimmed) && webUrl(trimmed) ? trimmed : null;
}

/**
 * Query parameters that only follow readers (campaign tags, ad click ids): the agency's or a
 * feed's, carried into the newsroom's own mail. The page is the same without them.
 */
const TRACKING_PARAMETER =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|oly_enc_id|oly_anon_id|vero_id|__s)$/i;

/** A web address without its tracking parameters; anything else as it is. */
export function withoutTracking(url: string): string {
  if (!/^https?:/i.test(url) || !url.includes('?')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // The other parameters are kept byte for byte: URLSearchParams would write them anew
  // ("?q=a%20b" as "?q=a+b", "?id" as "?id="), which some servers read otherwise.
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => !TRACKING_PARAMETER.test(decodeName(pair.split('=')[0]!)));
  if (kept.length === parsed.search.slice(1).split('&').length) return url;
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.toString();
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
