const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Only web and mail links: a `javascript:` link in exported copy would be a hazard, and these
 * are what every export carries (a `tel:` link was taken here and dropped from every export).
 */
export function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** What an editor types ("bta.bg/news") made into a link, or null if it cannot be one. */
export function normaliseUrl(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (isSafeUrl(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null; // another scheme: refuse, do not guess
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return `mailto:${text}`;
  const web = `https://${text.replace(/^\/+/, '')}`;
  return isSafeUrl(web) ? web : null;
}
