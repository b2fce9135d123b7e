import type { LexicalStateJson } from '../../../shared/model';

/**
 * Builders for serialised Lexical bodies, in the shape the headless editor writes
 * (src/main/lexical/body.ts). Hand-built rather than run through the editor so fixtures can
 * also hold what the editor would refuse — a javascript: link saved by an older client.
 */
type Node = Record<string, unknown>;
type Inline = Node | string;

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});

const inlines = (items: Inline[]): Node[] =>
  items.map((item) => (typeof item === 'string' ? t(item) : item));

export const BOLD = 1;
export const ITALIC = 2;

export function t(text: string, format = 0): Node {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function p(...items: Inline[]): Node {
  return element('paragraph', inlines(items), { textFormat: 0, textStyle: '' });
}

export function h(level: 1 | 2 | 3, ...items: Inline[]): Node {
  return element('heading', inlines(items), { tag: `h${level}` });
}

export function quote(...items: Inline[]): Node {
  return element('quote', inlines(items));
}

export function list(ordered: boolean, ...items: Inline[][]): Node {
  return element(
    'list',
    items.map((item, index) => element('listitem', inlines(item), { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  );
}

export function a(url: string, ...items: Inline[]): Node {
  return element('link', inlines(items), { rel: null, target: null, title: null, url });
}

/** An annotation's mark around text (the fact-checker's highlight). */
export function mark(ids: string[], ...items: Inline[]): Node {
  return element('mark', inlines(items), { ids });
}

export function body(...blocks: Node[]): LexicalStateJson {
  return { root: element('root', blocks) as LexicalStateJson['root'] };
}

/** Plain text of a body the way the store derives it: blocks separated by blank lines. */
export function textOf(state: LexicalStateJson): string {
  const text = (node: Node): string =>
    typeof node.text === 'string'
      ? node.text
      : ((node.children as Node[] | undefined) ?? []).map(text).join('');
  return (state.root.children as Node[])
    .map((block) =>
      block.type === 'list' ? (block.children as Node[]).map(text).join('\n') : text(block),
    )
    .join('\n\n');
}
