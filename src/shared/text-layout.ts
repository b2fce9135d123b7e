import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/** Where one text node's characters stand in the story's plain text. */
export interface TextSegment {
  key: NodeKey;
  start: number;
  end: number;
}

/**
 * The editor's plain text, laid out exactly as Lexical's getTextContent (and main's
 * `bodyText`) lays it out — blocks joined by a blank line — with where every node stands in
 * it. Offsets that main computed (quote suggestions, anchors) index this same text.
 */
export interface TextLayout {
  text: string;
  /** Text nodes in document order. */
  segments: TextSegment[];
  /** Every node's span: its first character to the character after its last. */
  spans: Map<NodeKey, { start: number; end: number }>;
}

const BLOCK_GAP = '\n\n';

export function $textLayout(): TextLayout {
  const layout: TextLayout = { text: '', segments: [], spans: new Map() };
  $layOut($getRoot(), layout);
  return layout;
}

function $layOut(node: LexicalNode, layout: TextLayout): void {
  const start = layout.text.length;
  if ($isTextNode(node)) {
    layout.text += node.getTextContent();
    layout.segments.push({ key: node.getKey(), start, end: layout.text.length });
  } else if ($isLineBreakNode(node)) {
    layout.text += '\n';
  } else if ($isElementNode(node)) {
    const children = node.getChildren();
    children.forEach((child, index) => {
      $layOut(child, layout);
      if ($isElementNode(child) && !child.isInline() && index !== children.length - 1) {
        layout.text += BLOCK_GAP;
      }
    });
  } else {
    layout.text += node.getTextContent();
  }
  layout.spans.set(node.getKey(), { start, end: layout.text.length });
}
