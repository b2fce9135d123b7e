import type { LexicalStateJson } from '../../shared/model';
import { safeHref } from '../wire/blocks';
import { escapeHtml } from './escape';

/**
 * Renders a stored Lexical body as semantic HTML without a DOM. Every text is escaped and
 * only http(s)/mailto links survive, so nothing an agency or an editor typed can become markup.
 * Unknown node types keep their text inside a neutral element rather than vanish.
 */
interface SerializedNode {
  type?: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  ids?: string[];
}

const FORMAT_TAGS: [bit: number, open: string, close: string][] = [
  [1, '<strong>', '</strong>'],
  [2, '<em>', '</em>'],
  [4, '<s>', '</s>'],
  [8, '<u>', '</u>'],
  [16, '<code>', '</code>'],
  [32, '<sub>', '</sub>'],
  [64, '<sup>', '</sup>'],
];

/** NITF has one emphasis element; its class says which. */
const NITF_FORMAT_TAGS: [bit: number, open: string, close: string][] = [
  [1, '<em class="bold">', '</em>'],
  [2, '<em class="italic">', '</em>'],
  [8, '<em class="underline">', '</em>'],
];

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface RenderOptions {
  /** Headings in a story sit under the page's own h1/h2, so they are shifted down by this much. */
  headingOffset?: number;
  /** NITF's body.content vocabulary instead of HTML's (hl2 for headings, block for quotes). */
  dialect?: 'html' | 'nitf';
  /** How an annotation mark's content is wrapped; by default marks add no markup. */
  mark?: (ids: string[], inner: string) => string;
}

export function lexicalToHtml(body: LexicalStateJson, options: RenderOptions = {}): string {
  return renderChildren(body.root.children as SerializedNode[], options);
}

function renderChildren(children: SerializedNode[] | undefined, options: RenderOptions): string {
  return (children ?? []).map((child) => renderNode(child, options)).join('');
}

function renderNode(node: SerializedNode, options: RenderOptions): string {
  const inner = () => renderChildren(node.children, options);
  switch (node.type) {
    case 'text':
      return renderText(node, options.dialect === 'nitf' ? NITF_FORMAT_TAGS : FORMAT_TAGS);
    case 'linebreak':
      return options.dialect === 'nitf' ? '<br/>' : '<br>';
    case 'tab':
      return '\t';
    case 'paragraph':
      return `<p>${inner()}</p>\n`;
    case 'mark':
      return options.mark ? options.mark(node.ids ?? [], inner()) : inner();
    case 'heading': {
      if (options.dialect === 'nitf') return `<hl2>${inner()}</hl2>\n`;
      const tag = HEADING_TAGS.has(node.tag ?? '') ? node.tag! : 'h2';
      const level = Math.min(6, Number(tag.slice(1)) + (options.headingOffset ?? 0));
      return `<h${level}>${inner()}</h${level}>\n`;
    }
    case 'quote':
      return options.dialect === 'nitf'
        ? `<block><p>${inner()}</p></block>\n`
        : `<blockquote>${inner()}</blockquote>\n`;
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul';
      return `<${tag}>\n${inner()}</${tag}>\n`;
    }
    case 'listitem':
      return `<li>${inner()}</li>\n`;
    case 'link':
    case 'autolink': {
      const href = safeHref(node.url);
      return href ? `<a href="${escapeHtml(href)}">${inner()}</a>` : inner();
    }
    default:
      return node.children ? `<span>${inner()}</span>` : renderText(node, FORMAT_TAGS);
  }
}

function renderText(node: SerializedNode, tags: typeof FORMAT_TAGS): string {
  let html = escapeHtml(node.text ?? '');
  const format = typeof node.format === 'number' ? node.format : 0;
  for (const [bit, open, close] of tags) {
    if (format & bit) html = `${open}${html}${close}`;
  }
  return html;
}
