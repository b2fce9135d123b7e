import type { AnyNode, Document, Element } from 'domhandler';
import { findAll, getAttributeValue, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { blockText } from './blocks';
import { parseWireDate, wireDay } from './dates';
import { contentOfNodes, findFirst, nodeText } from './html-document';
import { headlineFromLead } from './headline';
import { datelineOf } from './lead-dateline';
import { guessLanguage } from './language';
import type { TextImporter } from './registry';
import { bodyOrFallback, bylineName, dropRepeatedHeadline, languageTag } from './story-fields';
import { ImportError, newStory, type ImportedStory } from './types';
import { withoutDeepNesting } from './nesting';
import { articleHeading, pageArticles } from './html-articles';

/**
 * A saved web article (or an agency's HTML story). The page is untrusted: everything that
 * reaches the body goes through html-blocks' sanitiser; page furniture (navigation, sidebars,
 * forms, footers) is removed first so that its words do not become story paragraphs.
 */
export const htmlArticleImporter: TextImporter = {
  format: 'html',
  sniff: (text) => HAS_HTML.test(text),
  parse: (text) => importHtmlArticles(text),
};

/** Elements that show a text is HTML: a page, or a fragment of an article copied from one. */
export const HTML_TAGS =
  'html|head|body|article|section|main|header|div|p|h[1-6]|title|meta|ul|ol|blockquote|table|figure';

const HAS_HTML = new RegExp(`<(${HTML_TAGS})[\\s/>]`, 'i');

const FURNITURE = new Set([
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'menu',
  'dialog',
  'noscript',
  'template',
]);

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'pubdate',
  'publishdate',
  'article:modified_time',
];

/** The page's story, or a story per article on a page of several (see pageArticles). */
export function importHtmlArticles(html: string): ImportedStory[] {
  const document = parseDocument(withoutDeepNesting(html));
  // The page's meta tags, read once for all its articles.
  const meta = metaTags(document);
  const articles = pageArticles(document, FURNITURE);
  if (articles && 'several' in articles)
    return articles.several.map((article) => articleStory(document, meta, article, true));
  const container =
    (articles && articles.one) ??
    first(document, 'article') ??
    first(document, 'main') ??
    first(document, 'body');
  return [articleStory(document, meta, container, false)];
}

/**
 * The story in `container`. One of several articles on a page (`ownHeading`) takes its
 * headline from its own heading, not from the page's title or description.
 */
function articleStory(
  document: Document,
  meta: Map<string, string>,
  container: Element | null,
  ownHeading: boolean,
): ImportedStory {
  const nodes = container ? container.children : document.children;

  const h1 = ownHeading
    ? container && articleHeading(container)
    : ((container && first(container, 'h1')) ?? first(document, 'h1'));
  const titleElement = first(document, 'title');
  const headline = ownHeading
    ? clean(h1 && nodeText(h1))
    : (clean(h1 && nodeText(h1)) ??
      clean(meta.get('og:title')) ??
      clean(titleElement && nodeText(titleElement)));
  const bylineElement = findFirst(nodes, isByline);
  const byline = clean(authorMeta(meta)) ?? bylineName(bylineElement && nodeText(bylineElement));
  const timeElement = findFirst(nodes, (element) => element.name === 'time');
  const written = [
    ...DATE_META.map((key) => meta.get(key)),
    timeElement && getAttributeValue(timeElement, 'datetime'),
  ].find((value) => parseWireDate(value) !== null);
  const wireTime = parseWireDate(written);

  // What became the headline and byline is not repeated in the body.
  for (const element of [h1, bylineElement]) if (element) removeElement(element);
  for (const element of findAll((node) => FURNITURE.has(node.name), nodes)) removeElement(element);
  const htmlElement = first(document, 'html');
  const declared =
    languageTag(htmlElement && getAttributeValue(htmlElement, 'lang')) ??
    languageTag(meta.get('og:locale'));
  const content = contentOfNodes(nodes, declared);
  const summary = ownHeading
    ? null
    : (clean(meta.get('description')) ?? clean(meta.get('og:description')));
  // Without a title, the first text says what the story is: a paragraph, or the heading, list
  // or quote a fragment of an article starts with.
  const lead = content.blocks.find((block) => blockText(block).trim() !== '');
  const title = headline ?? (lead ? headlineFromLead(blockText(lead)) : summary);
  if (!title) throw new ImportError('the HTML page holds no article text', { key: 'noText' });
  const blocks = bodyOrFallback(dropRepeatedHeadline(content.blocks, title), summary, title);
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const place = firstParagraph
    ? datelineOf(blockText(firstParagraph), { knownAgencyOnly: true })
    : null;

  return newStory({
    format: 'html',
    headline: title,
    byline,
    dateline: place?.dateline ?? null,
    source: clean(meta.get('og:site_name')) ?? place?.source ?? null,
    language: declared ?? guessLanguage(blocks.map(blockText).join('\n')),
    storyDate: wireDay(written),
    wireTime,
    blocks,
    summary,
    link: canonical(document) ?? clean(meta.get('og:url')),
    media: content.media,
    quotes: content.quotes,
  });
}

/** <meta name|property|itemprop=… content=…>, keys lower-cased; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of findAll((node) => node.name === 'meta', document.children)) {
    const key = element.attribs.name ?? element.attribs.property ?? element.attribs.itemprop;
    const value = element.attribs.content;
    if (key && value && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), value);
  }
  return tags;
}

/** article:author is often a profile URL, which is not a byline. */
function authorMeta(meta: Map<string, string>): string | null {
  return (
    [meta.get('author'), meta.get('article:author'), meta.get('dc.creator')].find(
      (value) => value && !/^https?:\/\//i.test(value.trim()),
    ) ?? null
  );
}

function isByline(element: Element): boolean {
  const classes = (element.attribs.class ?? '').toLowerCase().split(/\s+/);
  return (
    classes.includes('byline') ||
    element.attribs.rel === 'author' ||
    element.attribs.itemprop === 'author'
  );
}

function canonical(document: Document): string | null {
  const link = findFirst(
    document.children,
    (element) => element.name === 'link' && /\bcanonical\b/i.test(element.attribs.rel ?? ''),
  );
  const href = link?.attribs.href?.trim();
  return href && /^https?:\/\//i.test(href) ? href : null;
}

function first(root: Document | Element | AnyNode[], name: string): Element | null {
  const nodes = Array.isArray(root) ? root : root.children;
  return findFirst(nodes, (element) => element.name === name);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
