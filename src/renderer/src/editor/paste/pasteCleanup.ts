import {
  IS_BOLD,
  IS_ITALIC,
  IS_UNDERLINE,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { LinkNode } from '@lexical/link';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import { isSafeUrl } from '../utils/url';
import { registerWordLists } from './wordLists';

/** The character formats Edition offers; anything else pasted in (code, highlight…) goes. */
const KEPT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE;

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
 * lists (wordLists.ts).
 */
export function registerPasteCleanup(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
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
      const tag = node.getTag();
      if (tag === 'h1') node.setTag('h2');
      else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
    }),
  );
}
