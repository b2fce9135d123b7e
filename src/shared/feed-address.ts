/**
 * A feed's address as people type it. Browsers hide the scheme in their address bar, so an
 * address copied or typed from memory often lacks it ("bta.bg/bg/rss"); like a browser, it is
 * taken as https. An address with another scheme (ftp:, mailto:) is left as typed, to be refused.
 */
export function withFeedScheme(typed: string): string {
  const address = typed.trim();
  // A scheme, but not a host and port ("localhost:8080/feed", "10.0.0.5:81/rss").
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(address)) return address;
  return `https://${address.replace(/^\/\//, '')}`;
}

/**
 * What makes two addresses one feed: the same host, port, path and query, whether asked over
 * http or https (sites serve both, and redirect one to the other), with or without a slash at
 * the end of the path, the host in any case and its scheme's default port written out or not.
 * The user name and password, if any, are how it is asked, not which feed it is. Null for an
 * address that is no URL.
 */
export function feedAddressKey(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const port = url.port === '80' || url.port === '443' ? '' : url.port;
  const path = url.pathname.replace(/\/+$/, '');
  return `//${url.hostname}${port ? `:${port}` : ''}${path}${url.search}`;
}
