import { createHash } from 'node:crypto';
import { escapeText } from 'entities';
import type { MediaRef, StoryFormat } from '../../shared/model';
import { blockText } from './blocks';
import { parseWireDate, wireDay } from './dates';
import { htmlToText, type HtmlContent } from './html-blocks';
import { richContent, textOrHtmlContent, uniqueMedia } from './html-document';
import { webUrl } from './blocks';
import { splitParagraphs } from './plain-text';
import { wholeLink } from './feed-links';
import { headlineFromLead } from './headline';
import { guessLanguage } from './language';
import { bodyOrFallback, dropRepeatedHeadline, languageTag, unique } from './story-fields';
import { newStory, type ImportedStory } from './types';
import { attr, childElements, localName, textOf, type Element } from './xml';

/** Text whose kind the feed declares (Atom `type`: html is true, text false) or not (RSS: null). */
export interface FeedText {
  value: string;
  html: boolean | null;
}

/** What RSS and Atom both say about one item, before it becomes a story. */
export interface FeedEntry {
  format: StoryFormat;
  /** Title as sent; may hold markup (HTML in titles is common in feeds). */
  title: string | null;
  /** The feed declares the title plain text (Atom type="text"): a "<" in it is a character. */
  titleIsText?: boolean;
  /** As sent, which may be relative: the item's identity when it has no id. */
  link: string | null;
  /** What a relative link stands on (xml:base, else the feed's address); see feed-links.ts. */
  base?: string | null;
  id: string | null;
  /**
   * The feed itself (its link or Atom id): the space an item id that is not a URI lives in, the
   * same for an agency's feeds by category.
   */
  scope: string | null;
  /** The feed's title: the space of last resort (it may change, or be another agency's too). */
  scopeTitle: string | null;
  byline: string | null;
  subjects: (string | null)[];
  /** Candidate dates, best first; the first that reads is the story's. */
  published: (string | null)[];
  updated: (string | null)[];
  /** The full text, when the feed sends one. */
  content: FeedText | null;
  /** The description / summary: the body when there is no full text, else the summary. */
  description: FeedText | null;
  source: string | null;
  language: string | null;
  media: MediaRef[];
}

/**
 * null for an item with neither title nor text: there is nothing to show an editor.
 * `subscription`: the URL the feed was polled from, which scopes item ids that are not URIs in a
 * feed without a link or id of its own (its title may change, or be another agency's too).
 */
export function entryToStory(
  entry: FeedEntry,
  subscription: string | null = null,
): ImportedStory | null {
  const rawTitle = entry.title?.replace(/\s+/g, ' ').trim() ?? '';
  const title = !entry.titleIsText && /[<&]/.test(rawTitle) ? htmlToText(rawTitle) : rawTitle;
  const bodySource = entry.content ?? entry.description;
  const declared = languageTag(entry.language);
  const content = bodySource ? feedContent(bodySource, declared) : null;
  const summary =
    entry.content && entry.description
      ? feedContent(entry.description, declared).blocks.map(blockText).join(' ') || null
      : null;
  const firstText = content?.blocks.map(blockText).find((text) => text.trim() !== '') ?? null;
  const headline = title || (firstText ? headlineFromLead(firstText) : null);
  if (!headline) return null;
  // A picture or a video with only its title (a photo feed's item) is media, not a text story:
  // it would come in as a story whose text is its headline.
  const pictureOnly =
    firstText === null &&
    entry.media.some((media) => media.kind === 'picture' || media.kind === 'video');
  if (pictureOnly) return null;
  // An item that is only a headline (a link list, a flash) keeps it as its one paragraph.
  const blocks = bodyOrFallback(dropRepeatedHeadline(content?.blocks ?? [], headline), headline);
  const published = firstDate(entry.published);
  const updated = firstDate(entry.updated);
  // The wire time follows the latest version (Atom <updated>); the story's date is its first
  // publication, so a late correction does not move the story to another day.
  const wireTime = updated ?? published;
  // Without a guid or a link, a dated item is known by its time and title within its feed
  // (never outside one: two nameless feeds' items of one time and title are not one).
  const datedId = (entry.id ?? entry.link) ? null : datedItemId(entry.published, title);
  const ownId = (scope: string | null) => entry.id ?? (scope === null ? null : datedId);
  const bareId = entry.id ?? entry.link;
  // The feed's link or id where it has one; else the subscription polled, else its title.
  const scope = entry.scope ?? subscription ?? entry.scopeTitle;
  const wireId = scopedId(ownId(scope), scope) ?? entry.link;
  // What the item was known by when a feed without a link was scoped by its title.
  const channelScope = entry.scope ?? entry.scopeTitle;
  const channelId = scopedId(ownId(channelScope), channelScope) ?? entry.link;
  return newStory({
    format: entry.format,
    headline,
    byline: entry.byline,
    source: entry.source,
    language: declared ?? guessLanguage(blocks.map(blockText).join('\n')),
    storyDate: firstDay(entry.published) ?? firstDay(entry.updated),
    wireTime,
    blocks,
    wireId,
    // Stored before items had this identity: by their content alone.
    identifiedByTime: datedId !== null && wireId !== null,
    legacyWireId: wireId === bareId ? null : bareId,
    formerWireId: channelId !== wireId ? channelId : null,
    summary,
    // Whole, for the digest and the editor; the identity above keeps the link as sent.
    link: wholeLink(entry.link, entry.base ?? null),
    subjects: unique(entry.subjects),
    media: uniqueMedia([...entry.media, ...(content?.media ?? [])]),
    quotes: content?.quotes ?? [],
  });
}

/**
 * An item's wire identity. A guid that is a URI (a permalink, a tag: or urn: id) names the item
 * wherever it appears; any other ("1001", an agency's own number) is unique only within its
 * feed, so it is qualified by the feed, lest one agency's item replace another's.
 */
function scopedId(id: string | null, scope: string | null): string | null {
  if (!id || !scope || /^[a-z][a-z0-9+.-]*:\S/i.test(id)) return id;
  return `${scope}#${id}`;
}

/**
 * The identity of an item without a guid or a link (a ticker's feed, a simple generator's):
 * the time it was published, to the second, with its title. Its text may be corrected (that is
 * an update of the same story), while two items are two as soon as their time or title differs:
 * a recurring title ("Валутни курсове") at another time, or two items of one minute. An item
 * dated without a time of day, or not at all, has none: its title alone would merge a day's
 * items of one title, so it is known by its content, as before.
 */
function datedItemId(published: (string | null)[], title: string): string | null {
  const raw = published.find((candidate) => parseWireDate(candidate) !== null);
  if (!raw || !/\d:\d\d/.test(raw) || title === '') return null;
  const titleHash = createHash('sha256').update(title).digest('hex').slice(0, 16);
  return `dated-item/${parseWireDate(raw)}/${titleHash}`;
}

/** The day of the first readable date, where it was written (see wireDay). */
function firstDay(candidates: (string | null)[]): string | null {
  for (const candidate of candidates) {
    const day = wireDay(candidate);
    if (day) return day;
  }
  return null;
}

function firstDate(candidates: (string | null)[]): string | null {
  for (const candidate of candidates) {
    const date = parseWireDate(candidate);
    if (date) return date;
  }
  return null;
}

/** The item's text; the feed's language sets the marks put around <q> quotes. */
function feedContent(text: FeedText, language: string | null): HtmlContent {
  if (text.html === true) return richContent(text.value, language);
  if (text.html === false) return richContent(plainToHtml(text.value), language);
  return textOrHtmlContent(text.value, language);
}

/** Declared plain text keeps its paragraphs and shows "<b>" as the characters it is. */
function plainToHtml(value: string): string {
  return splitParagraphs(value)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join('');
}

const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

/** Media RSS elements (media:content, media:thumbnail…), told apart from Atom's own <content>. */
export function isMediaRss(element: Element): boolean {
  return element.namespaceURI === MEDIA_RSS || /^media:/i.test(element.nodeName);
}

/** Children of that local name that are not Media RSS elements. */
export function own(parent: Element, name: string): Element[] {
  return childElements(parent, name).filter((child) => !isMediaRss(child));
}

export function ownText(parent: Element, ...names: string[]): string | null {
  for (const name of names) {
    for (const child of own(parent, name)) {
      const text = textOf(child);
      if (text) return text;
    }
  }
  return null;
}

/** Enclosures and Media RSS content/thumbnails of an item, media:group included. */
export function feedMedia(item: Element): MediaRef[] {
  return widest(mediaCandidates(item));
}

interface Sized {
  ref: MediaRef;
  width: number;
}

function mediaCandidates(item: Element): Sized[] {
  const found: Sized[] = [];
  for (const enclosure of childElements(item, 'enclosure')) {
    found.push({
      ref: mediaOf(attr(enclosure, 'url'), attr(enclosure, 'type'), null, null),
      width: 0,
    });
  }
  for (const child of childElements(item).filter(isMediaRss)) {
    const name = localName(child);
    if (name === 'group') found.push(...mediaCandidates(child));
    else if (name === 'content' || name === 'thumbnail') {
      const caption = mediaText(child, 'description') ?? mediaText(child, 'title');
      const ref = mediaOf(attr(child, 'url'), attr(child, 'type'), attr(child, 'medium'), caption);
      found.push({ ref, width: Number(attr(child, 'width')) || 0 });
    }
  }
  return found.filter((candidate) => candidate.ref.uri !== null);
}

export function mediaOf(
  url: string | null,
  type: string | null,
  medium: string | null,
  caption: string | null,
): MediaRef {
  const kind = (medium ?? type ?? '').toLowerCase();
  return {
    kind: /video/.test(kind)
      ? 'video'
      : /audio/.test(kind)
        ? 'audio'
        : /image|picture/.test(kind) || kind === ''
          ? 'picture'
          : 'other',
    uri: webUrl(url),
    caption,
    mimeType: type,
  };
}

function mediaText(element: Element, name: string): string | null {
  const child = childElements(element, name).find(isMediaRss);
  return child ? textOf(child) : null;
}

/**
 * Feeds list one picture in several sizes (the Guardian sends 140 and 460 px wide): the same
 * address up to its query string is one picture, recorded once in its widest size.
 */
function widest(candidates: Sized[]): MediaRef[] {
  const byPicture = new Map<string, Sized>();
  for (const candidate of candidates) {
    const key = candidate.ref.uri!.replace(/[?#].*$/, '');
    const kept = byPicture.get(key);
    if (!kept || candidate.width > kept.width) byPicture.set(key, candidate);
  }
  return [...byPicture.values()].map((candidate) => candidate.ref);
}
