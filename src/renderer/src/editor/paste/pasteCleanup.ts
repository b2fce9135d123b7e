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
import { mergeRegister } from '@lexical/utils';

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
 * and indentation, and bring h1 and h4–h6 to the two heading levels the toolbar has.
 */
export function registerPasteCleanup(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== '') node.setStyle('');
      const format = node.getFormat();
      if ((format & ~KEPT_FORMATS) !== 0) node.setFormat(format & KEPT_FORMATS);
    }),
    editor.registerNodeTransform(ParagraphNode, cleanBlock),
    editor.registerNodeTransform(QuoteNode, cleanBlock),
    editor.registerNodeTransform(HeadingNode, (node) => {
      cleanBlock(node);
      const tag = node.getTag();
      if (tag === 'h1') node.setTag('h2');
      else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
    }),
  );
}
