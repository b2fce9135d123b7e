import type { AnyNode, Document, Element } from 'domhandler';
import { findAll } from 'domutils';
import { findFirst, nodeText } from './html-document';

/**
 * The articles of a page. A page of briefs holds several <article>s, each with its heading and
 * its own text: each is a story (the first alone was imported before, and the others silently
 * dropped). A news page holds one article and, around it, teasers of others, also <article>s:
 * the one far longer than the rest is the story.
 */
export type PageArticles = { several: Element[] } | { one: Element } | null;

/** One article is the page's story when it is this many times longer than the next. */
const MAIN_ARTICLE_RATIO = 4;

const HEADING = /^h[1-3]$/;

export function pageArticles(document: Document, furniture: ReadonlySet<string>): PageArticles {
  const articles = findAll((node) => node.name === 'article', document.children).filter(
    (article) =>
      !inside(article, (element) => element.name === 'article' || furniture.has(element.name)),
  );
  if (articles.length < 2) return null;
  const lengths = articles.map((article) => nodeText(article).trim().length);
  const ranked = [...lengths].sort((a, b) => b - a);
  if (ranked[0]! > MAIN_ARTICLE_RATIO * ranked[1]!)
    return { one: articles[lengths.indexOf(ranked[0]!)]! };
  const headed = articles.every((article) => articleHeading(article) !== null);
  return headed ? { several: articles } : null;
}

/** The article's own heading: its first h1, h2 or h3. */
export function articleHeading(article: Element): Element | null {
  return findFirst(article.children, (element) => HEADING.test(element.name));
}

function inside(node: AnyNode, test: (element: Element) => boolean): boolean {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (parent.type === 'tag' && test(parent as Element)) return true;
  return false;
}
