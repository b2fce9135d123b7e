import {
  IS_BOLD,
  IS_ITALIC,
  IS_UNDERLINE,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { LinkNode } from '@lexical/link';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import { isSafeUrl } from '../utils/url';
import { $wordListMarker, registerWordLists } from './wordLists';

/** The character formats Edition offers; anything else pasted in (code, highlight…) goes. */
const KEPT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE;

function blockNeedsCleaning(node: ElementNode): boolean {
  return node.getFormatType() !== '' || node.getIndent() !== 0 || node.getTextStyle() !== '';
}

function textNeedsCleaning(node: TextNode): boolean {
  return node.getStyle() !== '' || (node.getFormat() & ~KEPT_FORMATS) !== 0;
}

const isKeptHeading = (node: HeadingNode): boolean =>
  node.getTag() === 'h2' || node.getTag() === 'h3';

/**
 * Whether one of registerPasteCleanup's transforms would change the node: a story opened with
 * such nodes (pasted before the clean-up existed) has these, and only these, cleaned (see
 * editor/opening). Exact node types, as transforms are registered per type.
 */
export function $needsPasteCleanup(node: LexicalNode): boolean {
  switch (node.getType()) {
    case TextNode.getType():
      return textNeedsCleaning(node as TextNode);
    case LinkNode.getType():
      return !isSafeUrl((node as LinkNode).getURL());
    case ParagraphNode.getType():
      return (
        blockNeedsCleaning(node as ParagraphNode) || $wordListMarker(node as ParagraphNode) !== null
      );
    case QuoteNode.getType():
      return blockNeedsCleaning(node as QuoteNode);
    case HeadingNode.getType():
      return blockNeedsCleaning(node as HeadingNode) || !isKeptHeading(node as HeadingNode);
    default:
      return false;
  }
}

function cleanBlock(node: ElementNode): void {
  // Alignment, indentation and typing style from Word or a web page are not Edition's.
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getIndent() !== 0) node.setIndent(0);
  if (node.getTextStyle() !== '') node.setTextStyle('');
}

/**
 * Keeps the text to Edition's own formatting whatever is pasted from Word or the web: Lexical's
 * rich-text paste already maps HTML onto the registered nodes; these transforms then drop the
 * inline styles (fonts, sizes, colours) it carries along, formats without a button, alignment
 * and indentation, and bring h1 and h4–h6 to the two heading levels the toolbar has. A pasted
 * link the link field would refuse (`javascript:`, `tel:`, a page's own `#anchor` or relative
 * path) keeps its words but stops being a link: the exports drop such links, and the editor
 * showed them as links nobody could follow or had asked for. Word's list paragraphs become
 * lists (wordLists.ts). A story that holds such things from before (pasted before a rule
 * existed) is cleaned as it opens, and saved so ($needsPasteCleanup, editor/opening).
 */
export function registerPasteCleanup(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      if (!textNeedsCleaning(node)) return;
      if (node.getStyle() !== '') node.setStyle('');
      const format = node.getFormat();
      if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
    }),
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!isSafeUrl(node.getURL())) $unwrapNode(node);
    }),
    editor.registerNodeTransform(ParagraphNode, cleanBlock),
    registerWordLists(editor),
    editor.registerNodeTransform(QuoteNode, cleanBlock),
    editor.registerNodeTransform(HeadingNode, (node) => {
      cleanBlock(node);
      if (isKeptHeading(node)) return;
      node.setTag(node.getTag() === 'h1' ? 'h2' : 'h3');
    }),
  );
}
