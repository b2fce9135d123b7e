/**
 * Imported bodies written straight as Lexical's serialised JSON, without a headless editor.
 *
 * Why: an import builds thousands of bodies, and going through an editor (create nodes,
 * normalise, export) cost as much as parsing the wire file itself. The shapes below are what
 * Lexical's exportJSON writes for these nodes, in the same key order, after the normalisation
 * it applies to such content: neighbouring text of one format merged into one node, empty
 * text dropped, neighbouring lists of one type joined, list items numbered, a paragraph's
 * textFormat taken from its first text. serialized-body.test.ts compares this builder with
 * bodyFromBlocks (the editor) on every block kind, on random bodies and on every wire fixture,
 * so a Lexical upgrade that changes a shape fails there rather than storing what it misreads.
 */
import { inlineText, type Block, type Inline } from '../wire/blocks';

const TEXT_BOLD = 1;
const TEXT_ITALIC = 2;
const BLOCK_BREAK = '\n\n';

interface TextJson {
  detail: 0;
  format: number;
  mode: 'normal';
  style: '';
  text: string;
  type: 'text';
  version: 1;
}

type InlineJson = TextJson | ReturnType<typeof linkJson>;

function textJson(text: string, format: number): TextJson {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

function linkJson(url: string, child: TextJson) {
  return {
    children: [child],
    rel: null,
    target: null,
    title: null,
    url,
    direction: null,
    format: '',
    indent: 0,
    type: 'link',
    version: 1,
  };
}

function formatOf(inline: Inline): number {
  return (inline.bold ? TEXT_BOLD : 0) | (inline.italic ? TEXT_ITALIC : 0);
}

/** The children of a text block, merged as Lexical's normalisation merges them. */
function inlinesJson(inlines: Inline[]): InlineJson[] {
  const children: InlineJson[] = [];
  let previous: TextJson | null = null;
  for (const inline of inlines) {
    if (!inline.text) continue;
    const format = formatOf(inline);
    if (inline.href) {
      children.push(linkJson(inline.href, textJson(inline.text, format)));
      previous = null;
    } else if (previous && previous.format === format) {
      previous.text += inline.text;
    } else {
      previous = textJson(inline.text, format);
      children.push(previous);
    }
  }
  return children;
}

/** Lexical writes a paragraph's textFormat as the format of its first direct text child. */
function paragraphJson(children: InlineJson[]) {
  const firstText = children.find((child): child is TextJson => child.type === 'text');
  return {
    children,
    direction: null,
    format: '',
    indent: 0,
    textFormat: firstText?.format ?? 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  };
}

function blockJson(block: Block): object {
  switch (block.kind) {
    case 'paragraph':
      return paragraphJson(inlinesJson(block.inlines));
    case 'heading':
      return {
        children: inlinesJson(block.inlines),
        tag: `h${block.level}`,
        direction: null,
        format: '',
        indent: 0,
        type: 'heading',
        version: 1,
      };
    case 'quote':
      return {
        children: inlinesJson(block.inlines),
        direction: null,
        format: '',
        indent: 0,
        type: 'quote',
        version: 1,
      };
    case 'list':
      return {
        children: block.items.map((item, index) => ({
          children: inlinesJson(item),
          indent: 0,
          value: index + 1,
          direction: null,
          format: '',
          type: 'listitem',
          version: 1,
        })),
        listType: block.ordered ? 'number' : 'bullet',
        start: 1,
        tag: block.ordered ? 'ol' : 'ul',
        direction: null,
        format: '',
        indent: 0,
        type: 'list',
        version: 1,
      };
  }
}

/** Lexical's list transform joins neighbouring lists of one type into one list. */
function mergeAdjacentLists(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (block.kind === 'list' && last?.kind === 'list' && last.ordered === block.ordered)
      merged[merged.length - 1] = { ...last, items: [...last.items, ...block.items] };
    else merged.push(block);
  }
  return merged;
}

function blockPlainText(block: Block): string {
  return block.kind === 'list'
    ? block.items.map(inlineText).join(BLOCK_BREAK)
    : inlineText(block.inlines);
}

/**
 * The serialised body and its plain text (as the root's getTextContent gives it: blocks and
 * list items separated by a blank line). An empty body is one empty paragraph, as in the editor.
 */
export function serializedBodyFromBlocks(blocks: Block[]): { json: string; text: string } {
  const merged = mergeAdjacentLists(blocks);
  const children = merged.length > 0 ? merged.map(blockJson) : [paragraphJson([])];
  const root = {
    root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 },
  };
  return {
    json: JSON.stringify(root),
    text: blocks.map(blockPlainText).join(BLOCK_BREAK),
  };
}
