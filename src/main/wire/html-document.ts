import type { AnyNode, Element } from 'domhandler';
import { findAll, removeElement } from 'domutils';
import { escapeAttribute, escapeText } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { MediaRef } from '../../shared/model';
import { plainInlines, webUrl, type Block } from './blocks';
import { htmlToContent, type HtmlContent } from './html-blocks';
import { splitParagraphs } from './plain-text';
import { tidyText } from './xml';
import { withoutDeepNesting } from './nesting';

/**
 * Wire HTML (ninjs bodies, feed content, mail parts) to Edition's content. htmlToContent
 * sanitises and converts; this first removes what it would otherwise turn into body text or
 * media by mistake: a whole document's <head> (its <title> text would become the first
 * paragraph), figures (their credit and caption belong to the picture, not the story) and
 * tracking pixels (a 1×1 image is not a picture an editor wants recorded).
 */
export function richContent(html: string, language: string | null = null): HtmlContent {
  return contentOfNodes(parseDocument(withoutDeepNesting(html)).children, language);
}

/** As richContent, for nodes already parsed (html-article picks its container first). */
export function contentOfNodes(nodes: AnyNode[], language: string | null = null): HtmlContent {
  const figures: MediaRef[] = [];
  const removed = (node: Element) =>
    REMOVED.has(node.name) || FURNITURE.test(node.attribs.class ?? '');
  for (const element of findAll(removed, nodes)) removeElement(element);
  for (const image of findAll((node) => node.name === 'img' && isTrackingPixel(node), nodes))
    removeElement(image);
  for (const figure of findAll((node) => node.name === 'figure', nodes)) {
    const pictures = figureMedia(figure);
    if (pictures.length === 0) continue; // a figure around a quote or a table is story text
    figures.push(...pictures);
    removeElement(figure);
  }
  // The language sets the quotation marks put around <q> quotes.
  const content = htmlToContent(serialize(nodes), { language });
  return { ...content, media: uniqueMedia([...figures, ...content.media]) };
}

/** Text that may or may not be markup (RSS descriptions, Yandex full-text, ninjs fields). */
export function textOrHtmlContent(value: string, language: string | null = null): HtmlContent {
  if (/<\/?[a-z][a-z0-9]*[\s/>]/i.test(value)) return richContent(value, language);
  return { blocks: paragraphBlocks(splitParagraphs(value).map(tidyText)), quotes: [], media: [] };
}

export function paragraphBlocks(paragraphs: string[]): Block[] {
  return paragraphs
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => ({ kind: 'paragraph', inlines: plainInlines(paragraph) }));
}

/** One reference per picture: the same URI, or the same caption (a body figure repeating a
 *  ninjs association), is the same picture. The first one wins. */
export function uniqueMedia(media: MediaRef[]): MediaRef[] {
  const seen = new Set<string>();
  return media.filter((ref) => {
    const keys = [ref.uri && `u:${ref.uri}`, ref.caption && `c:${ref.caption}`].filter(
      (key): key is string => Boolean(key),
    );
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
}

const REMOVED = new Set(['head', 'title']);
/** Classes of blocks that are a feed service's furniture, not the story: FeedBurner's flares. */
const FURNITURE = /(?:^|\s)(?:feedflare|mf-viral)(?:\s|$)/;

function figureMedia(figure: Element): MediaRef[] {
  const caption = findAll((node) => node.name === 'figcaption', [figure])[0];
  const captionText = caption ? nodeText(caption) : '';
  return findAll((node) => node.name === 'img' || node.name === 'video', [figure]).map(
    (element) => ({
      kind: element.name === 'video' ? 'video' : 'picture',
      uri: webUrl(element.attribs.src),
      caption: captionText || element.attribs.alt?.trim() || element.attribs.title?.trim() || null,
      mimeType: null,
    }),
  );
}

/**
 * An image that only reports the reading: sized (by attribute or CSS) to a pixel or two,
 * hidden, or served by a known counter, feed proxy or ad server. Exports would otherwise show
 * it as the story's picture and let the tracker count the digest's readers.
 */
function isTrackingPixel(image: Element): boolean {
  const size = (name: string) => Number.parseInt(image.attribs[name] ?? '', 10);
  const tiny = (value: number) => !Number.isNaN(value) && value <= 2;
  const style = image.attribs.style ?? '';
  const cssSize = (name: string) =>
    Number.parseFloat(
      new RegExp(`(?:^|;|\\s)${name}\\s*:\\s*([\\d.]+)\\s*px`, 'i').exec(style)?.[1] ?? '',
    );
  const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
  return (
    tiny(size('width')) ||
    tiny(size('height')) ||
    tiny(cssSize('width')) ||
    tiny(cssSize('height')) ||
    hidden ||
    TRACKERS.test(image.attribs.src ?? '')
  );
}

/** Counters, feed proxies' "~r" beacons and share buttons, analytics and ad servers. */
const TRACKERS =
  /^(?:https?:)?\/\/(?:pixel\.wp\.com|stats\.wp\.com|feeds\.feedburner\.com\/~[rf]|feedproxy\.google\.com\/~[rf]|[\w.-]*google-analytics\.com|[\w.-]*doubleclick\.net|[\w.-]*scorecardresearch\.com|pixel\.quantserve\.com|[\w.-]*\.facebook\.com\/tr)[/?]/i;

/**
 * Deeper markup is unwrapped to its content: htmlToContent, domutils and dom-serializer walk the
 * tree recursively, and a few thousand nested elements (broken or hostile copy) would overflow
 * the stack. No real story nests anywhere near this.
 */
const MAX_DEPTH = 64;

/** Never serialised: htmlToContent would drop them with their content anyway. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg']);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'meta', 'link', 'input', 'source']);
/** The attributes htmlToContent reads; its sanitiser drops every other one. */
const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'cite', 'quote-source', 'data-source'];

type Work = { node: AnyNode; depth: number } | { close: string };

/** Nodes back to HTML, iteratively, with the nesting bounded (see MAX_DEPTH). */
function serialize(nodes: AnyNode[]): string {
  const out: string[] = [];
  const stack: Work[] = [];
  const push = (children: AnyNode[], depth: number) => {
    for (let index = children.length - 1; index >= 0; index -= 1)
      stack.push({ node: children[index]!, depth });
  };
  push(nodes, 0);
  while (stack.length > 0) {
    const work = stack.pop()!;
    if ('close' in work) {
      out.push(`</${work.close}>`);
      continue;
    }
    const { node, depth } = work;
    if (node.type === 'text') out.push(escapeText(node.data));
    else if (node.type === 'cdata') push(node.children, depth);
    if (node.type !== 'tag' || DROPPED.has(node.name)) continue;
    if (depth >= MAX_DEPTH) {
      push(node.children, depth);
      continue;
    }
    const attributes = ATTRIBUTES.filter((name) => node.attribs[name] !== undefined)
      .map((name) => ` ${name}="${escapeAttribute(node.attribs[name]!)}"`)
      .join('');
    out.push(`<${node.name}${attributes}>`);
    if (VOID.has(node.name)) continue;
    stack.push({ close: node.name });
    push(node.children, depth + 1);
  }
  return out.join('');
}

/** An element's text, whitespace folded (iterative: see MAX_DEPTH). */
export function nodeText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index -= 1)
        stack.push(node.children[index]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The first element, in document order, that passes `test` (iterative: see MAX_DEPTH). */
export function findFirst(nodes: AnyNode[], test: (element: Element) => boolean): Element | null {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const element = node as Element;
    if (test(element)) return element;
    for (let index = element.children.length - 1; index >= 0; index -= 1)
      stack.push(element.children[index]!);
  }
  return null;
}
