import type { AnyNode, Element } from 'domhandler';
import { findAll, getOuterHTML, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { MediaRef } from '../../shared/model';
import { plainInlines, type Block } from './blocks';
import { htmlToContent, type HtmlContent } from './html-blocks';
import { splitParagraphs } from './plain-text';
import { tidyText } from './xml';

/**
 * Wire HTML (ninjs bodies, feed content, mail parts) to Edition's content. htmlToContent
 * sanitises and converts; this first removes what it would otherwise turn into body text or
 * media by mistake: a whole document's <head> (its <title> text would become the first
 * paragraph), figures (their credit and caption belong to the picture, not the story) and
 * tracking pixels (a 1×1 image is not a picture an editor wants recorded).
 */
export function richContent(html: string): HtmlContent {
  return contentOfNodes(parseDocument(html).children);
}

/** As richContent, for nodes already parsed (html-article picks its container first). */
export function contentOfNodes(nodes: AnyNode[]): HtmlContent {
  const figures: MediaRef[] = [];
  for (const element of findAll((node) => REMOVED.has(node.name), nodes)) removeElement(element);
  for (const image of findAll((node) => node.name === 'img' && isTrackingPixel(node), nodes))
    removeElement(image);
  for (const figure of findAll((node) => node.name === 'figure', nodes)) {
    const pictures = figureMedia(figure);
    if (pictures.length === 0) continue; // a figure around a quote or a table is story text
    figures.push(...pictures);
    removeElement(figure);
  }
  // 'utf8': only markup characters are escaped; letters stay as they are.
  const content = htmlToContent(getOuterHTML(nodes, { encodeEntities: 'utf8' }));
  return { ...content, media: uniqueMedia([...figures, ...content.media]) };
}

/** Text that may or may not be markup (RSS descriptions, Yandex full-text, ninjs fields). */
export function textOrHtmlContent(value: string): HtmlContent {
  if (/<\/?[a-z][a-z0-9]*[\s/>]/i.test(value)) return richContent(value);
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

function figureMedia(figure: Element): MediaRef[] {
  const caption = findAll((node) => node.name === 'figcaption', [figure])[0];
  const captionText = caption ? textContent(caption).replace(/\s+/g, ' ').trim() : '';
  return findAll((node) => node.name === 'img' || node.name === 'video', [figure]).map(
    (element) => ({
      kind: element.name === 'video' ? 'video' : 'picture',
      uri: webUrl(element.attribs.src),
      caption: captionText || element.attribs.alt?.trim() || element.attribs.title?.trim() || null,
      mimeType: null,
    }),
  );
}

/** Only http(s) addresses are recorded, as htmlToContent does for images in the text. */
export function webUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\//i.test(trimmed) ? trimmed : null;
}

function isTrackingPixel(image: Element): boolean {
  const size = (name: string) => Number.parseInt(image.attribs[name] ?? '', 10);
  const tiny = (value: number) => !Number.isNaN(value) && value <= 2;
  const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(image.attribs.style ?? '');
  return tiny(size('width')) || tiny(size('height')) || hidden;
}
