/**
 * Where each annotation mark stands in a body's plain text. The offsets follow Lexical's own
 * getTextContent (blocks joined by a blank line), so they index `bodyText` exactly.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $isMarkNode } from '@lexical/mark';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTabNode,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import { EDITOR_NODES } from '../../shared/editor-nodes';
import type { LexicalStateJson } from '../../shared/model';

export interface MarkRange {
  start: number;
  end: number;
}

export interface MarkedText {
  text: string;
  /** Per annotation id: the span from its first to its last mark (a mark may be split in parts). */
  marks: Map<string, MarkRange>;
}

export function marksIn(body: LexicalStateJson): MarkedText {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const state = editor.parseEditorState(JSON.stringify(body));
  return state.read(() => {
    const marks = new Map<string, MarkRange>();
    let text = '';
    // An explicit stack instead of recursion: bodies come from untrusted paste as well.
    type Step =
      { node: LexicalNode } | { separator: string } | { closeMark: string[]; start: number };
    const stack: Step[] = [{ node: $getRoot() }];
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('separator' in step) {
        text += step.separator;
        continue;
      }
      if ('closeMark' in step) {
        for (const id of step.closeMark) {
          const previous = marks.get(id);
          marks.set(id, {
            start: Math.min(previous?.start ?? step.start, step.start),
            end: Math.max(previous?.end ?? text.length, text.length),
          });
        }
        continue;
      }
      const node = step.node;
      if ($isTextNode(node) || $isTabNode(node)) {
        text += node.getTextContent();
      } else if ($isLineBreakNode(node)) {
        text += '\n';
      } else if ($isElementNode(node)) {
        if ($isMarkNode(node)) stack.push({ closeMark: node.getIDs(), start: text.length });
        const children = node.getChildren();
        for (let index = children.length - 1; index >= 0; index -= 1) {
          const child = children[index]!;
          const blockGap =
            $isElementNode(child) && !child.isInline() && index !== children.length - 1;
          if (blockGap) stack.push({ separator: '\n\n' });
          stack.push({ node: child });
        }
      }
    }
    return { text, marks };
  });
}
