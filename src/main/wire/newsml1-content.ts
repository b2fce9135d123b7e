import type { MediaRef } from '../../shared/model';
import { plainInlines, type Block } from './blocks';
import { decodeBytes } from './charset';
import { cleanText } from './decode';
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

/** The text ContentItems that make one story, under the component whose NewsLines head them. */
export interface TextUnit {
  owner: Element;
  /** The owner and the components around it, nearest first: where its metadata is looked up. */
  chain: Element[];
  items: Element[];
}

/** A NewsItemRef: another NewsItem (a picture, usually) that a component names as its own. */
export interface FoundRef {
  /** Its NewsItem attribute: "#Duid" in the same document, or the item's URN. */
  target: string;
  /** The components around the reference, nearest first. */
  path: Element[];
}

export interface FoundMedia {
  ref: MediaRef;
  /** The components around the media item, nearest first. */
  path: Element[];
}

/**
 * Real NewsML 1.2 nests components two to four deep; deeper ones, and content items past a
 * generous count, are hostile or broken and are not read. Both bounds keep the work linear.
 */
const MAX_COMPONENT_DEPTH = 32;
const MAX_CONTENT_ITEMS = 1000;

/** Children that stand for the whole content in an EquivalentsList, where only the first counts. */
const MEMBERS = new Set(['NewsComponent', 'ContentItem', 'NewsItemRef', 'NewsItem']);

/**
 * The text units and media items of one NewsItem, in document order, in one iterative pass.
 * A NewsItem nested inside is left to be read as a story of its own. Text beside a picture in
 * the same component is that picture's caption; of a component's several media renditions
 * (sizes, formats) only the first is recorded.
 */
export function collectContent(item: Element): {
  units: TextUnit[];
  media: FoundMedia[];
  refs: FoundRef[];
} {
  const units: TextUnit[] = [];
  const media: FoundMedia[] = [];
  const refs: FoundRef[] = [];
  const recorded = new Set<Element>();
  const holders = new Map<Element, boolean>();
  const holdsMedia = (component: Element): boolean => {
    let holds = holders.get(component);
    if (holds === undefined) {
      holds = childElements(component, 'ContentItem').some(isMedia);
      holders.set(component, holds);
    }
    return holds;
  };
  const stack: { element: Element; path: Element[] }[] = [];
  const pushChildren = (parent: Element, path: Element[]): void => {
    const equivalents = /^(yes|true)$/i.test(attrText(parent, 'EquivalentsList') ?? '');
    const children = childElements(parent).filter((child) => MEMBERS.has(localName(child)));
    const kept = equivalents ? children.slice(0, 1) : children;
    for (let index = kept.length - 1; index >= 0; index -= 1)
      stack.push({ element: kept[index]!, path });
  };
  pushChildren(item, []);
  let seen = 0;
  while (stack.length > 0 && seen < MAX_CONTENT_ITEMS) {
    const { element, path } = stack.pop()!;
    const name = localName(element);
    if (name === 'NewsComponent') {
      if (path.length < MAX_COMPONENT_DEPTH) pushChildren(element, [element, ...path]);
      continue;
    }
    if (name === 'NewsItemRef') {
      const target = attrText(element, 'NewsItem');
      if (target) refs.push({ target, path });
      continue;
    }
    if (name !== 'ContentItem') continue;
    seen += 1;
    const component = path[0] ?? item;
    const kind = contentKind(element);
    if (kind !== 'text') {
      if (!isMedia(element) || recorded.has(component)) continue;
      recorded.add(component);
      media.push({ ref: mediaRefOf(element, kind), path });
      continue;
    }
    if (holdsMedia(component) || isCaption(component)) continue;
    const headed = path.findIndex((candidate) => firstChild(candidate, 'NewsLines'));
    const owner = headed >= 0 ? path[headed]! : item;
    const unit = units.find((candidate) => candidate.owner === owner);
    if (unit) unit.items.push(element);
    else units.push({ owner, chain: path.slice(Math.max(headed, 0)), items: [element] });
  }
  return { units, media, refs };
}

/** A component in the role of a caption: the words under a picture, not a story's text. */
function isCaption(component: Element): boolean {
  return /caption/i.test(attrText(firstChild(component, 'Role'), 'FormalName') ?? '');
}

/**
 * The Caption component that goes with a media component among its siblings: the one right
 * after it, or right before it when this item puts its captions first (its first caption
 * comes before its first picture), so that of pictures side by side each takes its own.
 */
function captionBeside(component: Element): Element | undefined {
  const around = component.parentNode as Element | null;
  if (!around) return undefined;
  const siblings = childElements(around, 'NewsComponent');
  const at = siblings.indexOf(component);
  const firstCaption = siblings.findIndex(isCaption);
  const firstMedia = siblings.findIndex((sibling) =>
    childElements(sibling, 'ContentItem').some(isMedia),
  );
  const captionsFirst = firstCaption !== -1 && firstCaption < firstMedia;
  const candidate = siblings[captionsFirst ? at - 1 : at + 1];
  return candidate && isCaption(candidate) ? candidate : undefined;
}

/** A component in the role of a picture (or other media) with its parts inside. */
function isPictureGroup(component: Element): boolean {
  const role = attrText(firstChild(component, 'Role'), 'FormalName') ?? '';
  return /photo|picture|image|graphic|video|media/i.test(role);
}

/** A picture, video, sound or graphic; an unnamed kind only when it points somewhere. */
function isMedia(item: Element): boolean {
  const kind = contentKind(item);
  return kind !== 'text' && (kind !== 'other' || attrText(item, 'Href') !== null);
}

/**
 * A text ContentItem's body: NITF to read in full, or blocks from XHTML or plain text (the
 * language sets the marks around <q> quotes).
 */
export function readTextContent(
  item: Element,
  language: string | null,
): { nitf: Element } | HtmlContent {
  const data = firstChild(item, 'DataContent');
  if (!data) return { blocks: [], quotes: [], media: [] };
  const children = childElements(data);
  const nitf = children.find((child) => localName(child) === 'nitf');
  if (nitf) return { nitf };
  if (children.length > 0) {
    const html = children.find((child) => localName(child) === 'html');
    return xmlToContent((html && firstChild(html, 'body')) ?? html ?? data, { language });
  }
  let text = data.textContent ?? '';
  const notation = attrText(firstChild(item, 'Encoding'), 'Notation');
  // Bytes in the charset the item declares (a Charset element or a Charset property), else
  // found as a file's would be.
  if (notation && /base64/i.test(notation))
    text = cleanText(decodeBytes(Buffer.from(text, 'base64'), declaredCharset(item)).text);
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
 * beside it in the same component, else that of a Caption component right beside its own (a
 * picture component often holds the image and its caption as two components; several pictures
 * side by side each have theirs next to them), else the headline of its component, or of the
 * picture component around it.
 */
export function mediaRefOf(item: Element, kind: MediaRef['kind']): MediaRef {
  const component = item.parentNode as Element | null;
  const siblings = component ? childElements(component, 'ContentItem') : [];
  const captionComponent = component ? captionBeside(component) : undefined;
  const captionItem =
    siblings.find((sibling) => contentKind(sibling) === 'text') ??
    (captionComponent && childElements(captionComponent, 'ContentItem')[0]);
  const around = component?.parentNode as Element | null | undefined;
  const lines =
    (component && firstChild(component, 'NewsLines')) ??
    (around && localName(around) === 'NewsComponent' && isPictureGroup(around)
      ? firstChild(around, 'NewsLines')
      : null);
  return {
    kind,
    uri: attrText(item, 'Href'),
    caption:
      textOf(captionItem && firstChild(captionItem, 'DataContent')) ??
      textOf(lines && firstChild(lines, 'HeadLine')),
    mimeType: attrText(firstChild(item, 'MimeType'), 'FormalName'),
  };
}

/** `<Charset FormalName="windows-1251"/>`, or `<Property FormalName="Charset" Value="…"/>`. */
function declaredCharset(item: Element): string | null {
  const element = attrText(firstChild(item, 'Charset'), 'FormalName');
  if (element) return element;
  const characteristics = firstChild(item, 'Characteristics');
  const property = characteristics
    ? childElements(characteristics, 'Property').find(
        (candidate) => attrText(candidate, 'FormalName')?.toLowerCase() === 'charset',
      )
    : undefined;
  return (property && attrText(property, 'Value')) ?? null;
}
