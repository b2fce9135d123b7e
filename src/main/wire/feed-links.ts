import { webUrl } from './blocks';
import { attr, type Element } from './xml';

/**
 * Feeds may give an item's link relative to the document ("/world/story.html", "2026/a.html"):
 * a reader resolves it against the xml:base in scope, else against the address the feed came
 * from. Left as sent, it is no address at all once the story is in a digest.
 */

/** The base an element's relative links stand on: its xml:base chain over `outer`. */
export function baseOf(element: Element, outer: string | null): string | null {
  const chain: string[] = [];
  for (let node: Element | null = element; node; node = parentElement(node)) {
    const base = attr(node, 'base');
    if (base) chain.unshift(base);
  }
  return chain.reduce<string | null>((base, next) => resolved(next, base), outer);
}

/**
 * The address a feed's relative links stand on when it declares none: where it was fetched
 * from (after redirects), else its own link.
 */
export function documentBase(fetchedFrom: string | null, feedLink: string | null): string | null {
  return webUrl(fetchedFrom) ?? webUrl(feedLink);
}

/** A link made whole against `base`; one that cannot be is kept as sent. */
export function wholeLink(link: string | null, base: string | null): string | null {
  if (link === null || webUrl(link)) return link;
  return webUrl(resolved(link.trim(), base)) ?? link;
}

function resolved(reference: string, base: string | null): string | null {
  if (URL.canParse(reference)) return reference;
  return base !== null && URL.canParse(reference, base) ? new URL(reference, base).href : null;
}

function parentElement(element: Element): Element | null {
  const parent = element.parentNode;
  return parent && parent.nodeType === 1 ? (parent as Element) : null;
}
