/**
 * The email's way out, as the producer set it in Settings: a web page, a mailto: address, or
 * the merge tag of the mail service that sends the digest (Mailchimp's *|UNSUB|*, {{unsubscribe}},
 * %unsubscribe_url%, [unsubscribe]), which the service replaces with each reader's own link.
 */
export interface UnsubscribeLink {
  kind: 'web' | 'mail' | 'tag';
  href: string;
}

/** Longer than any real one, and a List-Unsubscribe header must fit in a mail line (998). */
export const UNSUBSCRIBE_MAX = 900;

const MERGE_TAG = /^(?:\*\|[A-Z0-9_:]+\|\*|\{\{\s*[\w.]+\s*\}\}|%[\w.]+%|\[[\w.]+\])$/i;

export function unsubscribeLink(value: string | null | undefined): UnsubscribeLink | null {
  const href = value?.trim() ?? '';
  if (href.length > UNSUBSCRIBE_MAX) return null;
  if (MERGE_TAG.test(href)) return { kind: 'tag', href };
  // As the URL standard writes it: a Cyrillic subject percent-encoded, for a mail header is ASCII.
  if (/^mailto:[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/i.test(href))
    return { kind: 'mail', href: new URL(href).href };
  try {
    const url = new URL(href);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(href))
      return { kind: 'web', href: url.href };
  } catch {
    // not an address
  }
  return null;
}

/** A sender's address as mail headers take it: one mailbox, nothing around it. */
export function isMailbox(value: string): boolean {
  return /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/.test(value);
}
