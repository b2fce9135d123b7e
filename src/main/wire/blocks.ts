/**
 * Edition's neutral document shape: what every importer produces and what becomes a Lexical
 * body. Kept deliberately small — the nodes a story body may hold (see shared/editor-nodes.ts).
 */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Only http(s) and mailto links survive import. */
  href?: string;
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

export function plainInlines(text: string): Inline[] {
  return [{ text }];
}

export function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}

export function blockText(block: Block): string {
  return block.kind === 'list' ? block.items.map(inlineText).join('\n') : inlineText(block.inlines);
}

const SAFE_HREF = /^(https?:|mailto:)/i;

/**
 * A picture's or page's address, kept only where a reader's client can fetch it: http(s). A
 * relative address ("x", "/images/a.jpg") has no page to stand on in an email or a digest.
 */
export function webUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\//i.test(trimmed) ? trimmed : null;
}

export function safeHref(href: string | undefined | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  return SAFE_HREF.test(trimmed) ? trimmed : undefined;
}
