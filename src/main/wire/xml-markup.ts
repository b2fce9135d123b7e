import type { Node } from '@xmldom/xmldom';
import { escapeAttribute, escapeText } from 'entities';
import { blockText } from './blocks';
import { htmlToContent, type HtmlContent } from './html-blocks';
import { attr, localName, type Element } from './xml';

export interface MarkupOptions {
  /** XML element names mapped to the HTML tag that carries the same meaning (NITF hl2 → h2). */
  rename?: Readonly<Record<string, string>>;
  /** Elements left out with everything inside them (metadata, media recorded elsewhere). */
  drop?: ReadonlySet<string>;
  /** The story's language, for the quotation marks put around `<q>` quotes. */
  language?: string | null;
}

/** The attributes htmlToContent reads; the sanitiser would drop the rest anyway. */
const KEPT_ATTRIBUTES = ['href', 'quote-source', 'cite', 'src', 'alt', 'title'];
const VOID_TAGS = new Set(['br', 'hr', 'img']);

/**
 * Deeper markup is unwrapped to its text: htmlToContent walks the tree recursively and a few
 * thousand nested elements (hostile or broken copy) would overflow its stack. No real story
 * nests anywhere near this.
 */
const MAX_DEPTH = 64;

type Work = { node: Node; depth: number } | { close: string };

/**
 * Serialises an XML element's children as HTML, by local name, so that namespaced or prefixed
 * bodies (`<h:p>`, NITF inside NewsML) read like plain HTML and XML-only names can be mapped to
 * their HTML meaning. Iterative: the document's nesting never becomes call-stack depth.
 */
export function xmlToHtml(root: Element, options: MarkupOptions = {}): string {
  const rename = options.rename ?? {};
  const drop = options.drop ?? new Set<string>();
  const out: string[] = [];
  const stack: Work[] = [];
  const pushChildren = (parent: Node, depth: number): void => {
    for (let child = parent.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, depth });
  };
  pushChildren(root, 0);
  while (stack.length > 0) {
    const work = stack.pop()!;
    if ('close' in work) {
      out.push(`</${work.close}>`);
      continue;
    }
    const { node, depth } = work;
    if (node.nodeType === 3 || node.nodeType === 4) {
      out.push(escapeText(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = localName(node);
    if (drop.has(name)) continue;
    if (depth >= MAX_DEPTH) {
      pushChildren(node, depth);
      continue;
    }
    const tag = (rename[name] ?? name).toLowerCase();
    out.push(`<${tag}${attributes(node as Element)}>`);
    if (VOID_TAGS.has(tag)) continue;
    stack.push({ close: tag });
    pushChildren(node, depth + 1);
  }
  return out.join('');
}

function attributes(element: Element): string {
  let markup = '';
  for (const name of KEPT_ATTRIBUTES) {
    const value = attr(element, name);
    if (value) markup += ` ${name}="${escapeAttribute(value)}"`;
  }
  return markup;
}

/** An XML body (XHTML, NITF body.content, NewsML DataContent) to blocks, quotes and media. */
export function xmlToContent(root: Element, options: MarkupOptions = {}): HtmlContent {
  return htmlToContent(xmlToHtml(root, options), { language: options.language ?? null });
}

/** The readable text of a short XML block (abstract, description): paragraphs joined by spaces. */
export function xmlBlockText(root: Element | null | undefined): string | null {
  if (!root) return null;
  const text = xmlToContent(root).blocks.map(blockText).join(' ').trim();
  return text === '' ? null : text;
}
