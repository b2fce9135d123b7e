import {
  codeTail,
  dropRepeatedHeadline,
  languageTag,
  pubStatusOf,
  unique,
  urgencyOf,
} from './story-fields';
import type { MediaRef, PubStatus } from '../../shared/model';
import { plainInlines, type Block } from './blocks';
import { decodeBytes } from './charset';
import { cleanText } from './decode';
import { parseWireDate, wireDay } from './dates';
import { htmlToContent, type HtmlContent } from './html-blocks';
import { nitfElementToStory } from './nitf';
import { splitParagraphs } from './plain-text';
import { finishStory } from './story-merge';
import { newStory, type ImportedStory } from './types';
import { attrText, mediaKindOf, versionNumber } from './wire-fields';
import { xmlBlockText, xmlToContent } from './xml-markup';
import { childElements, firstChild, localName, textOf, type Element } from './xml';

/** What a NewsML-G2 item holds: text becomes a story, anything else a media reference. */
export type ItemKind = 'text' | MediaRef['kind'];

export function itemKind(item: Element): ItemKind {
  const itemClass = firstChild(firstChild(item, 'itemMeta') ?? item, 'itemClass');
  // A text item may omit its class; a package's class (composite) is handled by its reader.
  return mediaKindOf(attrText(itemClass, 'qcode') ?? attrText(itemClass, 'uri')) ?? 'text';
}

/** The metadata of a text newsItem, as story fields; null where the item is silent. */
export function itemFields(item: Element): Partial<ImportedStory> {
  const itemMeta = firstChild(item, 'itemMeta');
  const meta = firstChild(item, 'contentMeta');
  const headlines = meta ? childElements(meta, 'headline') : [];
  const role = (headline: Element) => attrText(headline, 'role') ?? '';
  const isSub = (headline: Element) => /sub/i.test(role(headline));
  // The main headline by its role where the wire gives roles (hld:main before hld:short);
  // otherwise the first that is not a subheadline.
  const main =
    headlines.find((headline) => /(?:^|:)main$/i.test(role(headline))) ??
    headlines.find((headline) => !isSub(headline) && !/short/i.test(role(headline))) ??
    headlines.find((headline) => !isSub(headline)) ??
    null;
  const subheadline = textOf(headlines.find(isSub));
  const description = meta ? descriptionOf(meta) : null;
  const versionCreated = textOf(itemMeta && firstChild(itemMeta, 'versionCreated'));
  const firstCreated = textOf(itemMeta && firstChild(itemMeta, 'firstCreated'));
  return {
    format: 'newsml-g2',
    headline: textOf(main) ?? undefined,
    // A subheadline reads below the headline: the standfirst, unless a description is that.
    summary: description ?? subheadline,
    kicker: description ? subheadline : null,
    wireId: attrText(item, 'guid'),
    wireVersion: versionNumber(attrText(item, 'version')),
    pubStatus: itemPubStatus(itemMeta),
    edNote: itemMeta ? childElements(itemMeta, 'edNote').map(textOf).join('\n') || null : null,
    embargoUntil: parseWireDate(textOf(itemMeta && firstChild(itemMeta, 'embargoed'))),
    wireTime: parseWireDate(versionCreated) ?? parseWireDate(firstCreated),
    storyDate: wireDay(versionCreated) ?? wireDay(firstCreated),
    urgency: urgencyOf(textOf(meta && firstChild(meta, 'urgency'))),
    slugline: textOf(meta && firstChild(meta, 'slugline')),
    byline: meta ? bylineOf(meta) : null,
    dateline: meta ? datelineOf(meta) : null,
    source: sourceOf(item, itemMeta, meta),
    subjects: meta ? subjectsOf(meta) : [],
    language: languageTag(
      attrText(meta && firstChild(meta, 'language'), 'tag') ?? attrText(item, 'lang'),
    ),
  };
}

/** A text newsItem to its story: the body from its content set, metadata from the item. */
export function textItemToStory(item: Element): ImportedStory {
  const fields = itemFields(item);
  const body = readContentSet(item, fields.language ?? null);
  if ('nitf' in body) return nitfElementToStory(body.nitf, fields);
  return finishStory(
    newStory({
      ...fields,
      format: 'newsml-g2',
      headline: fields.headline ?? '',
      // An XHTML body often opens with the headline as its <h1>: it is not the first paragraph.
      blocks: fields.headline ? dropRepeatedHeadline(body.blocks, fields.headline) : body.blocks,
      quotes: body.quotes,
      media: body.media,
    }),
  );
}

/** A picture, video or graphic item as the reference a text story records. */
export function mediaItemRef(item: Element, kind: MediaRef['kind']): MediaRef {
  const meta = firstChild(item, 'contentMeta');
  const contentSet = firstChild(item, 'contentSet');
  const renditions = contentSet ? childElements(contentSet, 'remoteContent') : [];
  const remote = renditions.find((element) => attrText(element, 'href')) ?? renditions[0] ?? null;
  return {
    kind,
    uri: attrText(remote, 'href') ?? attrText(remote, 'residref') ?? attrText(item, 'guid'),
    caption: (meta && descriptionOf(meta)) ?? textOf(meta && firstChild(meta, 'headline')),
    mimeType: attrText(remote, 'contenttype'),
  };
}

/** The summary description if the item marks one, else its first description. */
export function descriptionOf(parent: Element): string | null {
  const descriptions = childElements(parent, 'description');
  const summary = descriptions.find((element) =>
    /summary|abstract/i.test(attrText(element, 'role') ?? ''),
  );
  return xmlBlockText(summary ?? descriptions[0]);
}

function bylineOf(meta: Element): string | null {
  const by = textOf(firstChild(meta, 'by'));
  if (by) return by;
  const creators = childElements(meta, 'creator').map(
    (creator) => textOf(firstChild(creator, 'name')) ?? attrText(creator, 'literal'),
  );
  return unique(creators).join(', ') || null;
}

function datelineOf(meta: Element): string | null {
  const located = firstChild(meta, 'located');
  return (
    textOf(firstChild(meta, 'dateline')) ??
    textOf(located && firstChild(located, 'name')) ??
    attrText(located, 'literal')
  );
}

/**
 * Who the story is from: the stated information source, else the provider, else the copyright
 * holder; a bare provider code (nprov:REUTERS) is the last resort.
 */
function sourceOf(item: Element, itemMeta: Element | null, meta: Element | null): string | null {
  const named = (party: Element | null | undefined) =>
    textOf(party && firstChild(party, 'name')) ?? attrText(party, 'literal');
  const provider = itemMeta && firstChild(itemMeta, 'provider');
  const rights = firstChild(item, 'rightsInfo');
  const infoSources = meta ? childElements(meta, 'infoSource') : [];
  return (
    infoSources.map(named).find(Boolean) ??
    named(provider) ??
    named(rights && firstChild(rights, 'copyrightHolder')) ??
    infoSources.map((source) => codeTail(attrText(source, 'qcode'))).find(Boolean) ??
    codeTail(attrText(provider, 'qcode'))
  );
}

function subjectsOf(meta: Element): string[] {
  const subjects = childElements(meta, 'subject').map(
    (subject) =>
      textOf(firstChild(subject, 'name')) ??
      attrText(subject, 'literal') ??
      attrText(subject, 'qcode'),
  );
  const keywords = childElements(meta, 'keyword').map(textOf);
  return unique([...subjects, ...keywords]);
}

/**
 * The first rendition of the content set that holds text: NITF (read with its own metadata),
 * XHTML, or inline data. Remote text content is not fetched.
 */
function readContentSet(item: Element, language: string | null): { nitf: Element } | HtmlContent {
  const contentSet = firstChild(item, 'contentSet');
  for (const rendition of contentSet ? childElements(contentSet, undefined) : []) {
    const name = localName(rendition);
    if (name === 'inlineXML') {
      const children = childElements(rendition);
      const nitf = children.find((child) => localName(child) === 'nitf');
      if (nitf) return { nitf };
      const html = children.find((child) => localName(child) === 'html');
      const body = (html && firstChild(html, 'body')) ?? html ?? rendition;
      const content = xmlToContent(body, { language });
      if (content.blocks.length > 0) return content;
    } else if (name === 'inlineData') {
      const content = inlineDataContent(rendition);
      if (content.blocks.length > 0) return content;
    }
  }
  return { blocks: [], quotes: [], media: [] };
}

function inlineDataContent(element: Element): HtmlContent {
  let text = element.textContent ?? '';
  const contentType = attrText(element, 'contenttype') ?? '';
  // Bytes, in the charset the content type names (else found as a file's would be).
  if (/base64/i.test(attrText(element, 'encoding') ?? ''))
    text = cleanText(decodeBytes(Buffer.from(text, 'base64'), charsetParam(contentType)).text);
  if (/html/i.test(contentType)) return htmlToContent(text);
  const blocks = splitParagraphs(text).map((paragraph): Block => ({
    kind: 'paragraph',
    inlines: plainInlines(paragraph),
  }));
  return { blocks, quotes: [], media: [] };
}

/** The charset a MIME content type names ("text/plain; charset=windows-1251"), if any. */
function charsetParam(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/**
 * The item's status. An `embargoed` element without a time it can be read as (empty, or "TBA")
 * is an embargo whose end the agency has yet to announce: the item is held, as withheld copy
 * is, rather than read as no embargo at all.
 */
function itemPubStatus(itemMeta: Element | null): PubStatus | null {
  const qcode = attrText(itemMeta && firstChild(itemMeta, 'pubStatus'), 'qcode');
  const embargoed = itemMeta && firstChild(itemMeta, 'embargoed');
  const until = parseWireDate(textOf(embargoed));
  const status = pubStatusOf(qcode, until);
  return embargoed && !until && status !== 'canceled' ? 'withheld' : status;
}
