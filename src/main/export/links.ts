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

/**
 * A host only the sender's own machine or network can reach: loopback, private and link-local
 * addresses, and the names of a local network (an intranet CMS link pasted into the copy). A
 * reader's mail client gets nowhere with it; the online link check does not visit it either.
 * The exports keep such a link (a warning, not an error): the editor decides.
 */
export function privateHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host))
    return true;
  if (!host.includes('.') && !host.includes(':')) return true; // a bare intranet name
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) // carrier-grade NAT
    );
  }
  if (host.includes(':')) {
    // IPv6: loopback, unspecified, unique local (fc00::/7), link-local (fe80::/10), and an
    // IPv4 address mapped into IPv6 (judged as that address).
    if (host === '::1' || host === '::') return true;
    if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return true;
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (!mapped) return false;
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return privateHost(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return false;
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
