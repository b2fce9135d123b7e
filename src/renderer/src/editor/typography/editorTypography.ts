import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTabNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { applyTypography, type TypographyLanguage } from './typography';

/** One block's inline content: text nodes, and line breaks (null) standing for "\n". */
type Run = TextNode | null;

/**
 * Applies the story's typography to every block of the editor, in the current update. Quotes
 * are paired over a whole block's text (a quote may open in bold and close in plain text), and
 * the result is written back node by node: the rules replace characters one for one, so each
 * node keeps its length, its format and its marks. Returns how many text nodes changed.
 */
export function $applyTypography(language: TypographyLanguage): number {
  let changed = 0;
  for (const runs of $blockRuns()) {
    const text = runs.map((run) => (run === null ? '\n' : run.getTextContent())).join('');
    const next = applyTypography(text, language);
    if (next === text) continue;
    let at = 0;
    for (const run of runs) {
      if (run === null) {
        at += 1;
        continue;
      }
      const before = run.getTextContent();
      const after = next.slice(at, at + before.length);
      at += before.length;
      if (after !== before && !$isTabNode(run)) {
        run.setTextContent(after);
        changed += 1;
      }
    }
  }
  return changed;
}

/** The inline content of every block, in document order; nested blocks (lists) get their own. */
function $blockRuns(): Run[][] {
  const blocks: Run[][] = [];
  const visit = (element: ElementNode): void => {
    let runs: Run[] = [];
    const flush = (): void => {
      if (runs.length > 0) blocks.push(runs);
      runs = [];
    };
    const collect = (node: LexicalNode): void => {
      if ($isTextNode(node)) runs.push(node);
      else if ($isLineBreakNode(node)) runs.push(null);
      else if ($isElementNode(node)) {
        if (node.isInline()) node.getChildren().forEach(collect);
        else {
          flush();
          visit(node);
        }
      }
    };
    element.getChildren().forEach(collect);
    flush();
  };
  visit($getRoot());
  return blocks;
}
