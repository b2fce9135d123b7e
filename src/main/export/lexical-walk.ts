import type { LexicalStateJson } from '../../shared/model';
import { webUrl } from './links';

/**
 * The parts of Lexical's serialised nodes the exporters read. Bodies are stored JSON, so every
 * field is optional here: an exporter must not trust a body's shape more than lexical-html.ts does.
 */
export interface LexicalNode {
  type?: string;
  children?: LexicalNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
}

export function topLevelNodes(body: LexicalStateJson | null): LexicalNode[] {
  const children = body?.root?.children;
  return Array.isArray(children) ? (children as LexicalNode[]) : [];
}

/** Wraps one top-level node as a body of its own, so it can be rendered by lexicalToHtml alone. */
export function singleNodeBody(node: LexicalNode): LexicalStateJson {
  return { root: { type: 'root', children: [node] } };
}

/** Every node under the given ones, depth first. */
export function* walkNodes(nodes: LexicalNode[]): Generator<LexicalNode> {
  for (const node of nodes) {
    yield node;
    if (Array.isArray(node.children)) yield* walkNodes(node.children);
  }
}

/** The URLs of every link in a body, as stored (not yet judged safe). */
export function bodyLinks(body: LexicalStateJson | null): string[] {
  const urls: string[] = [];
  for (const node of walkNodes(topLevelNodes(body))) {
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') {
      urls.push(node.url);
    }
  }
  return urls;
}

/** A copy of a body with every link's address passed through `rewrite`. */
export function withLinksRewritten(
  body: LexicalStateJson,
  rewrite: (url: string) => string,
): LexicalStateJson {
  const copy = (node: LexicalNode): LexicalNode => ({
    ...node,
    ...((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string'
      ? { url: rewrite(node.url) }
      : {}),
    ...(Array.isArray(node.children) ? { children: node.children.map(copy) } : {}),
  });
  return { ...body, root: { ...body.root, children: topLevelNodes(body).map(copy) } };
}

/** The text of a node and its descendants; line breaks and tabs as themselves. */
export function nodeText(node: LexicalNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(nodeText).join('');
}

/**
 * As nodeText, each web link followed by its address in angle brackets (RFC 3986's delimiters,
 * which mail clients turn into links): a plain-text reader has no other way to follow it. A
 * link whose text is its address is written once; other schemes are their text alone.
 */
function linkedText(node: LexicalNode): string {
  if (node.type === 'link' || node.type === 'autolink') {
    const text = (node.children ?? []).map(linkedText).join('');
    const url = webUrl(node.url);
    return url && url !== text.trim() ? `${text} <${url}>` : text;
  }
  if (typeof node.text === 'string' || !node.children) return nodeText(node);
  return node.children.map(linkedText).join('');
}

/**
 * A body as plain-text blocks (for the text/plain part): paragraphs, headings and quotes as
 * their text with link addresses, lists as "- item" / "1. item" lines, since the stored
 * bodyText drops the markers.
 */
export function textBlocks(body: LexicalStateJson | null): string[] {
  return topLevelNodes(body)
    .map((node) =>
      node.type === 'list' ? listLines(node, '').join('\n') : linkedText(node).trim(),
    )
    .filter((text) => text.length > 0);
}

function listLines(list: LexicalNode, indent: string): string[] {
  const ordered = list.listType === 'number';
  const lines: string[] = [];
  let number = 0;
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const text = (item.children ?? [])
      .filter((child) => child.type !== 'list')
      .map(linkedText)
      .join('')
      .trim();
    if (text) {
      number += 1;
      lines.push(`${indent}${ordered ? `${number}.` : '-'} ${text}`);
    }
    for (const child of nested) lines.push(...listLines(child, `${indent}  `));
  }
  return lines;
}
