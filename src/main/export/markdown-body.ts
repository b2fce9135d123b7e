import type { LexicalStateJson } from '../../shared/model';
import { safeHref } from '../wire/blocks';
import { topLevelNodes, type LexicalNode } from './lexical-walk';

/**
 * Lexical bodies as CommonMark (with GFM's ~~strike~~). All text is escaped, so nothing an
 * agency typed becomes Markdown syntax or — since Markdown passes HTML through — markup: "<"
 * is always escaped, and links keep only http(s)/mailto URLs, as in lexical-html.ts.
 */

/**
 * Characters that are Markdown syntax anywhere in a line. Backslash-escaping any ASCII
 * punctuation is valid CommonMark, so over-escaping is harmless; this set is kept small so the
 * Markdown stays readable as text.
 */
const INLINE_SPECIAL = /[\\`*_[\]#|~]/g;

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(INLINE_SPECIAL, (char) => `\\${char}`)
      // "&copy;" would render as ©: escape an ampersand only where it would start an entity.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // Angle brackets as entities, not backslash escapes: GFM's bare-URL autolinks swallow a
      // backslash ("https://x.org\<img …" links the "\" and leaves "<img …" as raw HTML), but
      // stop before an entity, so "<" can never reach a renderer as markup.
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // At the start of a line, "-", "+", "=" and "1." / "1)" start lists or setext underlines.
      .replace(/^(\s*)([-+=]|\d+(?=[.)]))/gm, (_match, space: string, mark: string) =>
        /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
      )
  );
}

/** A URL as a link destination: percent-encodes what would end or break `(…)`. */
export function markdownUrl(url: string): string {
  return url.replace(
    /[\s()<>]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

export function lexicalToMarkdown(body: LexicalStateJson | null, headingOffset = 0): string {
  return topLevelNodes(body)
    .map((node) => block(node, headingOffset))
    .filter((text) => text.trim().length > 0)
    .join('\n\n');
}

function block(node: LexicalNode, headingOffset: number): string {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(
        6,
        Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? 2) + headingOffset,
      );
      // A heading is one line: a break inside it would end the heading mid-text.
      return `${'#'.repeat(level)} ${inlines(node.children).replace(/\\\n/g, ' ')}`;
    }
    case 'quote':
      return inlines(node.children)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return list(node, '');
    default:
      return inlines(node.children ?? (node.text !== undefined ? [node] : []));
  }
}

function list(node: LexicalNode, indent: string): string {
  const ordered = node.listType === 'number';
  const lines: string[] = [];
  let number = 0;
  for (const item of node.children ?? []) {
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    const text = inlines(own).trim();
    if (text) {
      number += 1;
      const marker = ordered ? `${number}. ` : '- ';
      lines.push(
        `${indent}${marker}${text.replace(/\n/g, `\n${indent}${' '.repeat(marker.length)}`)}`,
      );
    }
    for (const child of item.children ?? []) {
      if (child.type === 'list') lines.push(list(child, `${indent}${ordered ? '   ' : '  '}`));
    }
  }
  return lines.join('\n');
}

function inlines(nodes: LexicalNode[] | undefined): string {
  return (nodes ?? []).map(inline).join('');
}

function inline(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return text(node);
    case 'linebreak':
      // A backslash before the newline is CommonMark's hard line break.
      return '\\\n';
    case 'tab':
      return ' ';
    case 'link':
    case 'autolink': {
      const href = safeHref(node.url);
      const label = inlines(node.children);
      return href ? `[${label}](${markdownUrl(href)})` : label;
    }
    default:
      return node.children ? inlines(node.children) : text(node);
  }
}

const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const CODE = 16;

function text(node: LexicalNode): string {
  const raw = node.text ?? '';
  if (!raw) return '';
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & CODE) {
    // A code span's content is literal; a longer fence than any backtick run inside keeps it so.
    const fence = '`'.repeat(
      (raw.match(/`+/g) ?? ['']).reduce((max, run) => Math.max(max, run.length), 0) + 1,
    );
    return `${fence}${raw.startsWith('`') || raw.endsWith('`') ? ` ${raw} ` : raw}${fence}`;
  }
  // Emphasis must hug its text ("** x**" is not bold), so surrounding spaces move outside.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw) ?? [];
  if (!core) return raw;
  let out = escapeMarkdown(core);
  if (format & STRIKE) out = `~~${out}~~`;
  if (format & ITALIC) out = `*${out}*`;
  if (format & BOLD) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}
