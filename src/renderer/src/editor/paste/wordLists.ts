import { $isTextNode, ParagraphNode, type LexicalEditor } from 'lexical';
import { $createListItemNode, $createListNode, $isListNode, type ListType } from '@lexical/list';

/**
 * Word writes a list item as a paragraph that starts with its bullet or number and a run of
 * no-break spaces ("·\u00a0\u00a0\u00a0\u00a0 Първа точка", "1.\u00a0\u00a0\u00a0 Първо"): two
 * or more, which typed text does not have. Its own bullet glyphs: ·, •, ▪, o, §, and the Symbol
 * and Wingdings code points it uses for them.
 */
const WORD_BULLET = /^[·•▪o§\uf0b7\uf0a7\uf0d8][\u00a0]{2,}[ \u00a0]*/;
const WORD_NUMBER = /^(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)][\u00a0]{2,}[ \u00a0]*/;

/** Takes the first `count` characters off the paragraph's text nodes. */
function $dropLeading(paragraph: ParagraphNode, count: number): void {
  let left = count;
  for (const node of paragraph.getAllTextNodes()) {
    if (left === 0) return;
    const size = node.getTextContentSize();
    if (size <= left) {
      left -= size;
      node.remove();
    } else {
      node.spliceText(0, left, '');
      left = 0;
    }
  }
}

/** Word's bullet or number at the start of the paragraph: the list it makes, and its length. */
export function $wordListMarker(
  paragraph: ParagraphNode,
): { type: ListType; length: number } | null {
  if (!$isTextNode(paragraph.getFirstChild())) return null;
  const text = paragraph.getTextContent();
  const bullet = WORD_BULLET.exec(text);
  const match = bullet ?? WORD_NUMBER.exec(text);
  return match ? { type: bullet ? 'bullet' : 'number', length: match[0].length } : null;
}

/**
 * Word's list paragraphs, pasted, become list items of a bulleted or numbered list (joined to
 * the list just before or after them) instead of paragraphs with Word's bullet and spaces.
 */
export function registerWordLists(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(ParagraphNode, (paragraph) => {
    const marker = $wordListMarker(paragraph);
    if (!marker) return;
    const { type } = marker;
    $dropLeading(paragraph, marker.length);
    const item = $createListItemNode().append(...paragraph.getChildren());
    const previous = paragraph.getPreviousSibling();
    const next = paragraph.getNextSibling();
    if ($isListNode(previous) && previous.getListType() === type) {
      previous.append(item);
      paragraph.remove();
    } else if ($isListNode(next) && next.getListType() === type) {
      const firstItem = next.getFirstChild();
      if (firstItem) firstItem.insertBefore(item);
      else next.append(item);
      paragraph.remove();
    } else {
      paragraph.replace($createListNode(type).append(item));
    }
  });
}
