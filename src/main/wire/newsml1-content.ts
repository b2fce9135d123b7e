import type { MediaRef } from '../../shared/model';
import { plainInlines, type Block } from './blocks';
import { htmlToContent, type HtmlContent } from './html-blocks';
import { splitParagraphs } from './plain-text';
import { attrText, mediaKindOf } from './wire-fields';
import { xmlToContent } from './xml-markup';
import { childElements, firstChild, localName, textOf, type Element } from './xml';

/** A NewsML 1.2 ContentItem: body text, or a media object referenced by Href. */
export type ContentKind = 'text' | MediaRef['kind'];

export function contentKind(item: Element): ContentKind {
  const declared = mediaKindOf(attrText(firstChild(item, 'MediaType'), 'FormalName'));
  if (declared) return declared;
  if (firstChild(item, 'DataContent')) return 'text';
  const mime = attrText(firstChild(item, 'MimeType'), 'FormalName') ?? '';
  const major = /^(image|video|audio)\//i.exec(mime)?.[1]?.toLowerCase();
  return major === 'image' ? 'picture' : major === 'video' ? 'video' : major ? 'audio' : 'other';
}

/**
 * The element chain from `node` up to (not including) `stop`: parent links, so the walk is as
 * long as the document is deep and never recursive.
 */
export function ancestors(node: Element, stop: Element): Element[] {
  const chain: Element[] = [];
  for (let parent = node.parentNode; parent && parent !== stop; parent = parent.parentNode) {
    if (parent.nodeType === 1) chain.push(parent as Element);
  }
  return chain;
}

/**
 * NewsComponent EquivalentsList="yes" holds the same content several times (formats,
 * languages, picture sizes): only its first member counts.
 */
export function isLaterEquivalent(item: Element, newsItem: Element): boolean {
  let child: Element = item;
  for (const parent of ancestors(item, newsItem)) {
    if (/^(yes|true)$/i.test(attrText(parent, 'EquivalentsList') ?? '')) {
      const members = childElements(parent).filter((element) =>
        ['NewsComponent', 'ContentItem', 'NewsItemRef'].includes(localName(element)),
      );
      if (members[0] !== child) return true;
    }
    child = parent;
  }
  return false;
}

/** A text ContentItem's body: NITF to read in full, or blocks from XHTML or plain text. */
export function readTextContent(item: Element): { nitf: Element } | HtmlContent {
  const data = firstChild(item, 'DataContent');
  if (!data) return { blocks: [], quotes: [], media: [] };
  const children = childElements(data);
  const nitf = children.find((child) => localName(child) === 'nitf');
  if (nitf) return { nitf };
  if (children.length > 0) {
    const html = children.find((child) => localName(child) === 'html');
    return xmlToContent((html && firstChild(html, 'body')) ?? html ?? data);
  }
  let text = data.textContent ?? '';
  const notation = attrText(firstChild(item, 'Encoding'), 'Notation');
  if (notation && /base64/i.test(notation)) text = Buffer.from(text, 'base64').toString('utf8');
  if (/html/i.test(attrText(firstChild(item, 'MimeType'), 'FormalName') ?? ''))
    return htmlToContent(text);
  const blocks = splitParagraphs(text).map((paragraph): Block => ({
    kind: 'paragraph',
    inlines: plainInlines(paragraph),
  }));
  return { blocks, quotes: [], media: [] };
}

/**
 * A photo, video or graphic ContentItem as a media reference. Its caption is the text item
 * beside it in the same component, else that component's headline.
 */
export function mediaRefOf(item: Element, kind: MediaRef['kind']): MediaRef {
  const component = item.parentNode as Element | null;
  const siblings = component ? childElements(component, 'ContentItem') : [];
  const captionItem = siblings.find((sibling) => contentKind(sibling) === 'text');
  const lines = component && firstChild(component, 'NewsLines');
  return {
    kind,
    uri: attrText(item, 'Href'),
    caption:
      textOf(captionItem && firstChild(captionItem, 'DataContent')) ??
      textOf(lines && firstChild(lines, 'HeadLine')),
    mimeType: attrText(firstChild(item, 'MimeType'), 'FormalName'),
  };
}
