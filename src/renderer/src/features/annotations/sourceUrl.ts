import { normaliseUrl } from '@renderer/editor/utils/url';

/** The store takes web addresses only (http/https), as sources are pages to check against. */
export function validSourceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A source address as fact-checkers paste it from a browser's address bar ("www.bta.bg/…"),
 * made whole as the link field makes it (https://), or null if it cannot be a web address: it
 * was refused, although the same words made a link in the story.
 */
export function normaliseSourceUrl(input: string): string | null {
  const url = normaliseUrl(input);
  return url !== null && validSourceUrl(url) ? url : null;
}
