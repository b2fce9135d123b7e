import { decodeHTMLStrict } from 'entities';
import { decodeBytes } from '../wire/charset';

/**
 * What a feed's HTTP exchange needs besides fetch: credentials out of the URL, the charset the
 * server names, and whether the body is a feed at all.
 */

/** The URL to fetch, the name to report it by (no password), and Basic credentials if any. */
export function withoutCredentials(feedUrl: string): {
  url: string;
  name: string;
  authorization: string | null;
} {
  const parsed = new URL(feedUrl);
  if (!parsed.username && !parsed.password)
    return { url: feedUrl, name: feedUrl, authorization: null };
  const user = decoded(parsed.username);
  const password = decoded(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString();
  return {
    url,
    name: url,
    authorization: `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`,
  };
}

/** Percent-escapes read; a stray % ("50%off") is taken as typed. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A message with the feed URL's password taken out where the URL appears in it (fetch names
 * the URL in its errors). Only there: a short password is also a part of ordinary words.
 */
export function redact(message: string, feedUrl: string): string {
  const parsed = URL.canParse(feedUrl) ? new URL(feedUrl) : null;
  const password = parsed?.password ?? '';
  // A user name alone (https://TOKEN@host/feed) is the secret.
  if (!password && parsed?.username) return message.split(`//${parsed.username}@`).join('//***@');
  if (!password) return message;
  return [password, decoded(password)].reduce(
    (text, form) => text.split(`:${form}@`).join(':***@'),
    message,
  );
}

/** The feed's URL as shown to people and scripts: the password, if any, as ***. */
export function shownUrl(feedUrl: string): string {
  return redact(feedUrl, feedUrl);
}

/** `charset=` of the Content-Type, for a body that does not declare its own. */
export function contentTypeCharset(response: Response): string | null {
  const type = response.headers.get('content-type') ?? '';
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1] ?? null;
}

/** The start of the body, one character per byte: enough to tell what it is. */
function head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
}

/**
 * An HTML page (a site's front page subscribed by mistake, or the sign-in page an agency
 * redirects an expired subscription to), not RSS, Atom or ninjs. XHTML pages open with an XML
 * declaration, and hand-made ones with <head> or <body> and no doctype at all.
 */
export function isWebPage(bytes: Uint8Array): boolean {
  const start = head(bytes).replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/, '');
  return /^<!doctype html|^<(?:html|head|body|meta|title|script|style|link)[\s>/]/.test(start);
}

/**
 * A page asking for a password: what an agency answers a subscription whose credentials have
 * expired or changed (often after a redirect), and what the editor has to do something about.
 */
export function isSignInPage(bytes: Uint8Array): boolean {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256 * 1024));
  return /<input\b[^>]*\btype\s*=\s*["']?password\b/i.test(page.toString('latin1'));
}

/** A JSON (ninjs) feed with no items today: an empty list, which no importer takes. */
export function isEmptyJsonList(bytes: Uint8Array): boolean {
  return bytes.byteLength < 1024 && /^\[\s*\]\s*$/.test(head(bytes));
}

/** RSS, RDF or Atom: a feed, which may hold no items for a while. */
export function isFeedDocument(bytes: Uint8Array): boolean {
  return /<(?:[\w.-]+:)?(?:rss|rdf|feed)[\s>]/.test(head(bytes));
}

/**
 * The feed's own name (its channel's or Atom feed's <title>, before the first item), for the
 * Sources pane; null for a feed without one (ninjs) or one that cannot be read.
 */
export function channelTitle(bytes: Uint8Array, charset: string | null): string | null {
  const text = decodeBytes(bytes.subarray(0, 16 * 1024), charset).text;
  // Before the first item, and not the title of the channel's logo (<image><title>).
  const beforeItems = text
    .split(/<(?:[\w.-]+:)?(?:item|entry)[\s>]/)[0]!
    .replace(/<(?:[\w.-]+:)?image[\s>][\s\S]*?<\/(?:[\w.-]+:)?image>/g, '');
  const raw = /<(?:[\w.-]+:)?title[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?title>/.exec(beforeItems)?.[1];
  if (raw === undefined) return null;
  const title = decodeHTMLStrict(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return title === '' ? null : title.slice(0, 200);
}
