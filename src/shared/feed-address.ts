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
