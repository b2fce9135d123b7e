import type { MediaRef } from '../../shared/model';
import { blockText } from './blocks';
import { parseWireDate, wireDay } from './dates';
import type { HtmlContent } from './html-blocks';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { contentOfNodes, paragraphBlocks, richContent, uniqueMedia } from './html-document';
import { headlineFromLead } from './headline';
import { guessLanguage } from './language';
import {
  byRole,
  isHtml,
  isNinjsItem,
  isObject,
  names,
  ninjsVersion,
  objects,
  str,
  valued,
  type Valued,
  type JsonObject,
  type NinjsVersion,
} from './ninjs-fields';
import { splitParagraphs } from './plain-text';
import type { JsonImporter } from './registry';
import {
  bodyOrFallback,
  dropRepeatedHeadline,
  languageTag,
  pubStatusOf,
  unique,
  urgencyOf,
} from './story-fields';
import { ImportError, newStory, type ImportedStory } from './types';
import { tidyText } from './xml';
import { withoutDeepNesting } from './nesting';

/**
 * ninjs (IPTC News in JSON) 1.x, 2.x and 3.x: one item, or an array of items. Pictures and
 * videos associated with a text become media references; associated texts with a body of their
 * own become stories of their own, after the item that carries them.
 */
export const ninjsImporter: JsonImporter = {
  format: 'ninjs',
  sniff: (value) =>
    Array.isArray(value) ? value.length > 0 && value.every(isNinjsItem) : isNinjsItem(value),
  parse: (value) => importNinjs(value),
};

const MEDIA_TYPES: Record<string, MediaRef['kind']> = {
  picture: 'picture',
  graphic: 'graphic',
  video: 'video',
  audio: 'audio',
};

/** Associated texts nest; wire systems send one level, a loop in hand-made JSON is cut here. */
const MAX_DEPTH = 3;

function importNinjs(value: unknown): ImportedStory[] {
  const items = (Array.isArray(value) ? value : [value]).filter(isObject);
  if (items.length === 1) return importItem(items[0]!, 0);
  // In a list, a picture item goes with the texts as their media, as in a NewsML-G2 message;
  // the list fails only if nothing in it is text.
  const stories: ImportedStory[] = [];
  const loose: MediaRef[] = [];
  let firstError: ImportError | null = null;
  for (const item of items) {
    try {
      stories.push(...importItem(item, 0));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const media = mediaRef(item);
      if (media) loose.push(media);
      else firstError ??= error;
    }
  }
  if (stories.length === 0) throw firstError ?? notText(items[0]!);
  return loose.length === 0
    ? stories
    : stories.map((story) => ({ ...story, media: uniqueMedia([...story.media, ...loose]) }));
}

function notText(item: JsonObject): ImportError {
  const type = (str(item, 'type') ?? 'text').toLowerCase();
  return new ImportError(`not a text story: ${type} item`, {
    key: 'notTextItem',
    values: { kind: type },
  });
}

function importItem(item: JsonObject, depth: number): ImportedStory[] {
  const version = ninjsVersion(item);
  const type = (str(item, 'type') ?? 'text').toLowerCase();
  if (type !== 'text' && type !== 'composite' && !hasBody(item))
    throw new ImportError(`not a text story: ${type} item`, {
      key: 'notTextItem',
      values: { kind: type },
    });

  const headlines = valued(item, 'headlines');
  const main = byRole(
    headlines.filter((entry) => !/sub|kicker|overline/.test(entry.role)),
    'main',
    'default',
  );
  const subheadline = headlines.find((entry) => /sub/.test(entry.role));
  const kicker = headlines.find((entry) => /kicker|overline/.test(entry.role));
  const summary = text(subheadline?.value ?? null) ?? description(item);
  const declared = languageTag(str(item, 'language'));
  const content = bodyContent(item, version, declared);
  const lead = content.blocks.find((block) => block.kind === 'paragraph');
  const headline =
    text(main?.value ?? str(item, 'headline')) ??
    (lead ? headlineFromLead(blockText(lead)) : null) ??
    text(str(item, 'slugline')) ??
    summary;
  if (!headline)
    throw new ImportError('the ninjs item has no headline and no text', { key: 'noText' });

  const associations = objects(item, 'associations');
  const media = associations.flatMap((association) => mediaRef(association) ?? []);
  const created = str(item, 'versionCreated', 'versioncreated', 'firstCreated', 'firstcreated');
  const wireTime = parseWireDate(created);
  const embargoUntil = parseWireDate(
    version === 3 ? str(item, 'embargoedUntil', 'embargoed') : str(item, 'embargoed'),
  );
  const blocks = bodyOrFallback(dropRepeatedHeadline(content.blocks, headline), summary, headline);
  const story = newStory({
    format: 'ninjs',
    headline,
    kicker: text(kicker?.value ?? null) ?? content.kicker,
    byline: byline(item),
    dateline: dateline(item),
    source: text(
      str(item, 'copyrightHolder', 'copyrightholder') ??
        names(item, 'infoSources', 'infosources')[0] ??
        names(item, 'provider')[0] ??
        null,
    ),
    language: declared ?? guessLanguage(blocks.map(blockText).join('\n')),
    storyDate: wireDay(created),
    wireTime,
    blocks,
    wireId: str(item, 'uri'),
    wireVersion: wireVersion(str(item, 'version')),
    pubStatus: pubStatusOf(str(item, 'pubStatus', 'pubstatus'), embargoUntil),
    expiresAt: parseWireDate(str(item, 'expires')),
    embargoUntil,
    urgency: urgencyOf(item.urgency),
    slugline: text(str(item, 'slugline')),
    summary,
    link: str(item, 'link'),
    subjects: unique(names(item, version === 3 ? 'subjects' : 'subject', 'subjects', 'subject')),
    edNote: text(str(item, 'edNote', 'ednote')),
    media: uniqueMedia([...media, ...content.media]),
    quotes: content.quotes,
  });

  // Associated texts with a body of their own are stories; a bare reference is not.
  const more =
    depth < MAX_DEPTH
      ? associations
          .filter((association) => mediaRef(association) === null && hasBody(association))
          .flatMap((association) => importItem(association, depth + 1))
      : [];
  return [story, ...more];
}

function hasBody(item: JsonObject): boolean {
  return (
    valued(item, 'bodies').length > 0 || str(item, 'body_html', 'body_xhtml', 'body_text') !== null
  );
}

/**
 * HTML body when there is one (it keeps emphasis, links and quotes; the language sets the marks
 * around its <q> quotes), else the plain text.
 */
function bodyContent(
  item: JsonObject,
  version: NinjsVersion,
  language: string | null,
): HtmlContent & { kicker: string | null } {
  const bodies = storyBodies(valued(item, 'bodies'));
  const html =
    bodies.find(isHtml)?.value ??
    (version === 1 || bodies.length === 0 ? str(item, 'body_html', 'body_xhtml') : null);
  if (html) {
    const nodes = parseDocument(withoutDeepNesting(html)).children;
    const kicker = takeSectionLine(nodes);
    return { ...contentOfNodes(nodes, language), kicker };
  }
  const plain =
    bodies.find((entry) => !/xml|json/.test(entry.contentType))?.value ?? str(item, 'body_text');
  const blocks = plain ? paragraphBlocks(splitParagraphs(plain).map(tidyText)) : [];
  return { blocks, quotes: [], media: [], kicker: null };
}

/**
 * TT heads its HTML bodies with the story's section and its own name in one line, <div
 * class="dat"><span class="vignette">Försvar</span><span class="source">TT</span></div>, which
 * would read as a first paragraph "FörsvarTT". The section is the story's kicker; the line
 * leaves the body (the source is the item's own field). Only such a line, before any text but
 * the headline: a div.dat holding anything else, or coming later, stays story text.
 */
function takeSectionLine(nodes: AnyNode[]): string | null {
  const line = leadingSectionLine(nodes);
  if (!line) return null;
  const parts = line.children.filter((child) => !(isText(child) && child.data.trim() === ''));
  const onlySectionAndSource = parts.every(
    (part) =>
      isTag(part) &&
      part.name === 'span' &&
      classes(part).some((name) => name === 'vignette' || name === 'source'),
  );
  if (!onlySectionAndSource) return null;
  const section = parts.find((part) => isTag(part) && classes(part).includes('vignette'));
  removeElement(line);
  return section ? text(textContent(section)) : null;
}

/** Read before the section line: the page's title and the headline (h1) the body repeats. */
const BEFORE_SECTION_LINE = new Set(['head', 'title', 'h1', 'script', 'style']);

/** The first div.dat, if no text comes before it (in document order). */
function leadingSectionLine(nodes: AnyNode[]): Element | null {
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (node.data.trim() !== '') return null;
    } else if (isTag(node) && !BEFORE_SECTION_LINE.has(node.name)) {
      if (node.name === 'div' && classes(node).includes('dat')) return node;
      stack.push(...[...node.children].reverse());
    }
  }
  return null;
}

function classes(element: Element): string[] {
  return (element.attribs.class ?? '').split(/\s+/);
}

function description(item: JsonObject): string | null {
  const descriptions = valued(item, 'descriptions');
  const chosen =
    byRole(descriptions, 'summary', 'abstract', 'text', 'default') ??
    // A body the wire marks as the story's abstract is its summary, not its text.
    valued(item, 'bodies').find((body) => SUMMARY_BODY.test(body.role)) ??
    null;
  if (chosen) return isHtml(chosen) ? htmlText(chosen.value) : text(chosen.value);
  const flatText = str(item, 'description_text');
  if (flatText) return text(flatText);
  const flatHtml = str(item, 'description_html');
  return flatHtml ? htmlText(flatHtml) : null;
}

/** Roles of bodies[] entries that summarise the story rather than tell it. */
const SUMMARY_BODY = /^(abstract|summary|teaser)/;

/** The bodies that tell the story: all but the summaries, unless a summary is all there is. */
function storyBodies(bodies: Valued[]): Valued[] {
  const full = bodies.filter((body) => !SUMMARY_BODY.test(body.role));
  return full.length > 0 ? full : bodies;
}

function byline(item: JsonObject): string | null {
  const written = str(item, 'by', 'byline');
  if (written) return text(written);
  const authors = objects(item, 'people')
    .filter((person) => /author|creator|writer/i.test(str(person, 'rel', 'role') ?? ''))
    .map((person) => str(person, 'name'));
  return text(unique(authors).join(', ') || null);
}

/** Only where the item says it was written: ninjs `places` are usually what it is about. */
function dateline(item: JsonObject): string | null {
  const located = str(item, 'located');
  if (located) return text(located);
  const place = objects(item, 'places').find((entry) =>
    /located|dateline/i.test(str(entry, 'rel', 'role') ?? ''),
  );
  return place ? text(str(place, 'name')) : null;
}

function mediaRef(association: JsonObject): MediaRef | null {
  const kind = MEDIA_TYPES[(str(association, 'type') ?? '').toLowerCase()];
  if (!kind) return null;
  const rendition = webRendition(objects(association, 'renditions'));
  // The caption is the picture's description; its headline is a title for picture desks.
  const caption =
    description(association) ??
    text(str(association, 'body_text')) ??
    text(str(association, 'headline')) ??
    text(byRole(valued(association, 'headlines'), 'main')?.value ?? null);
  return {
    kind,
    // `uri` names the picture; a rendition's `href` is where it can be fetched.
    uri: (rendition && str(rendition, 'href')) ?? str(association, 'uri'),
    caption,
    mimeType:
      (rendition && str(rendition, 'mimetype', 'mimeType', 'contentType')) ??
      str(association, 'mimetype', 'mimeType', 'contentType'),
  };
}

/**
 * The rendition to show in a digest: one on the web, not a thumbnail or a watermarked proof,
 * the largest up to print-free sizes (a 10 MB original is no email's picture).
 */
function webRendition(renditions: JsonObject[]): JsonObject | null {
  const onWeb = renditions.filter((rendition) =>
    /^https?:\/\//i.test(str(rendition, 'href') ?? ''),
  );
  const label = (rendition: JsonObject) =>
    `${str(rendition, 'name') ?? ''} ${str(rendition, 'title') ?? ''} ${str(rendition, 'href') ?? ''}`;
  const clean = onWeb.filter((rendition) => !/thumb|watermark/i.test(label(rendition)));
  const width = (rendition: JsonObject) => Number(rendition.width ?? NaN);
  const fitting = clean
    .filter((rendition) => width(rendition) >= 400 && width(rendition) <= MAX_WEB_WIDTH)
    .sort((a, b) => width(b) - width(a));
  return (
    fitting[0] ??
    clean.find((rendition) => !(width(rendition) > MAX_WEB_WIDTH)) ??
    clean[0] ??
    onWeb[0] ??
    null
  );
}

/** Wider than this, a rendition is an original for print. */
const MAX_WEB_WIDTH = 2560;

function wireVersion(raw: string | null): number | null {
  const version = raw === null ? NaN : Number(raw);
  return Number.isInteger(version) && version >= 0 ? version : null;
}

/** Entities decoded (`&auml;` → ä), unknown ones (`&tstr;`) kept as the text the wire sent. */
function text(value: string | null | undefined): string | null {
  if (!value) return null;
  const tidy = tidyText(value);
  return tidy === '' ? null : tidy;
}

function htmlText(html: string): string | null {
  const content = richContent(html);
  return text(content.blocks.map(blockText).join(' '));
}
