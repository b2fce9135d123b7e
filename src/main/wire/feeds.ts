import type { MediaRef } from '../../shared/model';
import {
  entryToStory,
  feedMedia,
  mediaOf,
  own,
  ownText,
  type FeedEntry,
  type FeedText,
} from './feed-item';
import { baseOf, documentBase } from './feed-links';
import type { XmlImporter } from './registry';
import type { FeedOrigin, ImportedStory } from './types';
import {
  attr,
  childElements,
  firstChild,
  innerXml,
  localName,
  textOf,
  type Document,
  type Element,
} from './xml';

/**
 * RSS 2.0 (and RSS 1.0 / RDF) and Atom feeds: one story per item. Dublin Core and Yandex
 * elements are read by local name, whatever prefix the feed binds them to.
 */
export const rssImporter: XmlImporter = {
  format: 'rss',
  sniff: (root) => {
    const name = localName(root);
    if (name === 'rss') return true;
    // RSS 1.0: <rdf:RDF> holding a channel and its items side by side.
    return name === 'RDF' && firstChild(root, 'channel') !== null;
  },
  parse: (document, fileName, feed) => stories(rssEntries, document, fileName, feed),
};

export const atomImporter: XmlImporter = {
  format: 'atom',
  sniff: (root) => localName(root) === 'feed',
  parse: (document, fileName, feed) => stories(atomEntries, document, fileName, feed),
};

/**
 * A polled feed's items are scoped by its subscription (the address it had when they first
 * came, kept when it moves for good); their relative links stand on the address the feed was
 * finally fetched from, after redirects. A file named by a URL without a subscription's
 * word on either (an older caller) is taken as both.
 */
function stories(
  entries: (document: Document, linkBase: string | null) => FeedEntry[],
  document: Document,
  fileName: string,
  feed: FeedOrigin | undefined,
): ImportedStory[] {
  const named = /^https?:\/\//i.test(fileName) ? fileName : null;
  const subscription = feed?.scope ?? named;
  return onceEach(
    entries(document, feed?.fetchedFrom ?? named).flatMap(
      (entry) => entryToStory(entry, subscription) ?? [],
    ),
  );
}

/**
 * One story per item identity. A feed may list an item twice (republished, with the earlier
 * version left further down): imported in document order, the last would replace the first,
 * yet feeds list their newest items first. So the first one stands, unless a later one is dated
 * later than it (then the dates tell which is newer, wherever they stand).
 */
function onceEach(stories: ImportedStory[]): ImportedStory[] {
  const kept: ImportedStory[] = [];
  const at = new Map<string, number>();
  for (const story of stories) {
    const index = story.wireId === null ? undefined : at.get(story.wireId);
    if (index === undefined) {
      if (story.wireId !== null) at.set(story.wireId, kept.length);
      kept.push(story);
      continue;
    }
    const held = kept[index]!;
    if (story.wireTime && held.wireTime && story.wireTime > held.wireTime) kept[index] = story;
  }
  return kept;
}

function rssEntries(document: Document, fetchedFrom: string | null): FeedEntry[] {
  const root = document.documentElement!;
  const channel = firstChild(root, 'channel');
  const items = [
    ...(channel ? childElements(channel, 'item') : []),
    ...childElements(root, 'item'),
  ];
  const channelTitle = channel ? ownText(channel, 'title') : null;
  const channelLanguage = channel ? ownText(channel, 'language') : null;
  const channelLink = channel ? ownText(channel, 'link') : null;
  const outerBase = documentBase(fetchedFrom, channelLink);
  return items.map((item) => {
    const link = ownText(item, 'link') ?? atomHref(item) ?? permalink(item);
    // Yandex full-text is plain text by Yandex's rules, so content:encoded (HTML) comes first.
    const content = rawText(item, 'encoded') ?? rawText(item, 'full-text');
    const description = rawText(item, 'description') ?? rawText(item, 'summary');
    return {
      format: 'rss',
      title: rawText(item, 'title'),
      link,
      base: baseOf(item, outerBase),
      id: ownText(item, 'guid') ?? ownText(item, 'identifier') ?? link,
      scope: channelLink,
      scopeTitle: channelTitle,
      byline: ownText(item, 'creator') ?? authorName(ownText(item, 'author')),
      subjects: [...own(item, 'category'), ...own(item, 'subject')].map(textOf),
      published: [ownText(item, 'pubDate'), ownText(item, 'date'), ownText(item, 'issued')],
      updated: [],
      content: content === null ? null : { value: content, html: null },
      description: description === null ? null : { value: description, html: null },
      source: ownText(item, 'source') ?? channelTitle,
      language: ownText(item, 'language') ?? channelLanguage,
      media: feedMedia(item),
    };
  });
}

function atomEntries(document: Document, fetchedFrom: string | null): FeedEntry[] {
  const feed = document.documentElement!;
  const feedTitle = atomText(own(feed, 'title')[0])?.value ?? null;
  const feedAuthor = atomAuthors(feed);
  const feedLanguage = attr(feed, 'lang');
  const feedId = ownText(feed, 'id') ?? atomHref(feed);
  // Not the feed's own xml:base: baseOf walks the chain from the entry up.
  const outerBase = documentBase(fetchedFrom, atomHref(feed));
  return childElements(feed, 'entry').map((entry) => {
    const source = firstChild(entry, 'source');
    const content = own(entry, 'content')[0];
    const title = atomText(own(entry, 'title')[0]);
    return {
      format: 'atom',
      title: title?.value ?? null,
      titleIsText: title ? !title.html : false,
      link: atomHref(entry),
      base: baseOf(entry, outerBase),
      id: ownText(entry, 'id'),
      scope: feedId,
      scopeTitle: feedTitle,
      // Atom: an entry without an author has the feed's.
      byline: atomAuthors(entry) ?? feedAuthor,
      subjects: own(entry, 'category').map(
        (category) => attr(category, 'label') ?? attr(category, 'term'),
      ),
      published: [ownText(entry, 'published'), ownText(entry, 'issued')],
      updated: [ownText(entry, 'updated'), ownText(entry, 'modified')],
      content: atomText(content),
      description: atomText(own(entry, 'summary')[0]),
      source: (source ? ownText(source, 'title') : null) ?? feedTitle,
      language: attr(entry, 'lang') ?? attr(content, 'lang') ?? feedLanguage,
      media: [...enclosureLinks(entry), ...feedMedia(entry)],
    };
  });
}

/** An Atom text construct: type text (default), html (escaped markup) or xhtml (inline div). */
/**
 * RSS 2.0: a guid is the item's web address unless it says isPermaLink="false" — the link of an
 * item that has none of its own.
 */
function permalink(item: Element): string | null {
  const guid = own(item, 'guid')[0];
  if (!guid || attr(guid, 'isPermaLink')?.toLowerCase() === 'false') return null;
  const address = textOf(guid)?.trim() ?? '';
  return /^https?:\/\//i.test(address) ? address : null;
}

function atomText(element: Element | undefined): FeedText | null {
  if (!element || attr(element, 'src')) return null; // out-of-line content is not fetched
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.includes('xhtml')) {
    const div = childElements(element, 'div')[0];
    return nonBlank(innerXml(div ?? element), true);
  }
  if (type === 'html' || type.includes('html')) return nonBlank(element.textContent ?? '', true);
  if (type === 'text' || type.startsWith('text/'))
    return nonBlank(element.textContent ?? '', false);
  return null; // base64 or other media types are not story text
}

function nonBlank(value: string, html: boolean): FeedText | null {
  return value.trim() === '' ? null : { value, html };
}

/** The entry's web page: an alternate (or rel-less) link; atom:link also appears inside RSS. */
function atomHref(parent: Element): string | null {
  const links = own(parent, 'link').filter((link) => attr(link, 'href'));
  const alternate = links.find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate');
  return attr(alternate, 'href');
}

function enclosureLinks(entry: Element): MediaRef[] {
  return own(entry, 'link')
    .filter((link) => attr(link, 'rel') === 'enclosure')
    .map((link) => mediaOf(attr(link, 'href'), attr(link, 'type'), null, attr(link, 'title')))
    .filter((ref) => ref.uri !== null);
}

function atomAuthors(parent: Element): string | null {
  const authors = own(parent, 'author')
    .map((author) => ownText(author, 'name'))
    .filter((name): name is string => name !== null);
  return authors.length > 0 ? authors.join(', ') : null;
}

/** RSS <author> is an e-mail address, often with the name in parentheses. */
function authorName(author: string | null): string | null {
  if (!author) return null;
  const named = /\(([^)]+)\)\s*$/.exec(author);
  if (named) return named[1]!.trim();
  return author.includes('@') ? null : author;
}

/** Markup-bearing text as sent (not folded: plain text keeps its paragraph breaks). */
function rawText(parent: Element, name: string): string | null {
  for (const child of own(parent, name)) {
    const text = child.textContent ?? '';
    if (text.trim() !== '') return text;
  }
  return null;
}
