/**
 * Story bodies in main: built from importer blocks, validated when the renderer saves them,
 * and reduced to plain text for search. All of it through Lexical's headless editor, so the
 * JSON is exactly what the renderer's editor reads and writes.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { EDITOR_NODES } from '../../shared/editor-nodes';
import type { LexicalStateJson } from '../../shared/model';
import type { Block, Inline } from '../wire/blocks';

/** A headless editor with the app's nodes, failing loudly. */
export function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'edition-main',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

const BOLD = 1;
const ITALIC = 2;

function $appendInlines(parent: ElementNode, inlines: Inline[]): void {
  for (const inline of inlines) {
    if (!inline.text) continue;
    const text = $createTextNode(inline.text);
    text.setFormat((inline.bold ? BOLD : 0) | (inline.italic ? ITALIC : 0));
    if (inline.href) {
      const link = $createLinkNode(inline.href);
      link.append(text);
      parent.append(link);
    } else {
      parent.append(text);
    }
  }
}

function $createBlock(block: Block): ElementNode {
  switch (block.kind) {
    case 'paragraph': {
      const node = $createParagraphNode();
      $appendInlines(node, block.inlines);
      return node;
    }
    case 'heading': {
      const node = $createHeadingNode(`h${block.level}`);
      $appendInlines(node, block.inlines);
      return node;
    }
    case 'quote': {
      const node = $createQuoteNode();
      $appendInlines(node, block.inlines);
      return node;
    }
    case 'list': {
      const node = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items) {
        const listItem = $createListItemNode();
        $appendInlines(listItem, item);
        node.append(listItem);
      }
      return node;
    }
  }
}

/**
 * One headless editor builds every body asked of it here (imports write theirs directly, see
 * serialized-body.ts): creating an editor costs more than filling one. Each build clears the
 * root first, and the editor is used synchronously (discrete updates), so builds never interleave.
 */
let builder: LexicalEditor | null = null;

/** Builds a body from importer blocks; its plain text comes from the same editor state. */
export function bodyFromBlocks(blocks: Block[]): ParsedBody {
  builder ??= newEditor();
  const editor = builder;
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const block of blocks) root.append($createBlock(block));
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { discrete: true },
  );
  const state = editor.getEditorState();
  return {
    body: state.toJSON() as unknown as LexicalStateJson,
    text: state.read(() => $getRoot().getTextContent()),
  };
}

export interface ParsedBody {
  body: LexicalStateJson;
  text: string;
}

/**
 * Parses a body the renderer sent. Throws if Lexical cannot read it (unknown node types,
 * malformed children), so that nothing unreadable is ever stored.
 */
export function parseBody(json: LexicalStateJson): ParsedBody {
  const editor = newEditor();
  const state = editor.parseEditorState(JSON.stringify(json));
  const text = state.read(() => $getRoot().getTextContent());
  return { body: state.toJSON() as unknown as LexicalStateJson, text };
}

export function bodyText(json: LexicalStateJson): string {
  return parseBody(json).text;
}
