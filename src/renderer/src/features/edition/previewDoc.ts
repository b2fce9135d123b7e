/**
 * The exported HTML as the preview frames show it. Two things differ from the file itself, and
 * the preview says so:
 *
 * - Remote images become grey boxes of the same place: the app's content policy (which a srcdoc
 *   frame inherits) does not let the preview fetch anything from the network.
 * - The dark preview: an iframe cannot be told that the reader prefers dark colours, so the
 *   email's own dark-mode media rules are rewritten to always apply (and its light-only rules to
 *   never), and a dark canvas is asked for. An approximation: mail clients that recolour
 *   messages themselves (Gmail, Outlook) do more than that.
 */

const PLACEHOLDER =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='600' height='300' viewBox='0 0 600 300'%3E%3Crect width='600' height='300' fill='%23c9cdd6'/%3E%3Cpath d='M250 190l40-50 30 35 20-22 40 37z' fill='%23a4aab6'/%3E%3Ccircle cx='275' cy='120' r='14' fill='%23a4aab6'/%3E%3C/svg%3E";

const REMOTE_IMAGE = /(<img\b[^>]*?\bsrc\s*=\s*)(["'])(?:https?:)?\/\/[^"']*\2/gi;

export interface PreviewDocument {
  html: string;
  /** How many remote images are shown as placeholders. */
  placeholders: number;
}

export function previewDocument(html: string, options: { dark: boolean }): PreviewDocument {
  let placeholders = 0;
  let out = html.replace(REMOTE_IMAGE, (_match, start: string, quote: string) => {
    placeholders += 1;
    return `${start}${quote}${PLACEHOLDER}${quote}`;
  });
  if (options.dark) out = darkDocument(out);
  return { html: out, placeholders };
}

export function darkDocument(html: string): string {
  const rewritten = html
    .replace(/\(\s*prefers-color-scheme\s*:\s*dark\s*\)/gi, '(min-width: 0px)')
    .replace(/\(\s*prefers-color-scheme\s*:\s*light\s*\)/gi, '(max-width: 0px)');
  return insertIntoHead(
    rewritten,
    '<meta name="color-scheme" content="dark"><style>:root{color-scheme:dark}</style>',
  );
}

/** Puts `snippet` at the start of the head (or of the document, if it has none). */
export function insertIntoHead(html: string, snippet: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + snippet + html.slice(head.index + head[0].length)
    );
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root)
    return (
      html.slice(0, root.index + root[0].length) + snippet + html.slice(root.index + root[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + snippet + html.slice(doctype[0].length);
  return snippet + html;
}
