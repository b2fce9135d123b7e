/**
 * The Lexical node classes a story body may contain. The renderer's editor and main's headless
 * editor (import, validation, text derivation) register the same list, so a body written by one
 * always parses in the other.
 */
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';

export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  // Annotations: ids only; the records live in the store.
  MarkNode,
];
