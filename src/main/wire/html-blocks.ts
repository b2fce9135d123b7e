import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { decodeHTMLStrict } from 'entities';
import { guessLanguage } from './language';
import type { MediaRef, WireQuote } from '../../shared/model';
import { safeHref, webUrl, type Block, type Inline } from './blocks';
import { withoutDeepNesting } from './nesting';

export interface HtmlContent {
  blocks: Block[];
  quotes: WireQuote[];
  media: MediaRef[];
}

/**
 * Wire HTML is untrusted. sanitize-html first keeps only what a story body may hold (no script,
 * style, iframe, form, event handler, javascript:/data: URL); images are kept only to be
 * recorded as media references — they never enter the body, so no remote tracking pixel can load.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'div',
    'section',
    'article',
    'header',
    'footer',
    'main',
    'aside',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'blockquote',
    'q',
    'a',
    'b',
    'strong',
    'i',
    'em',
    'u',
    'span',
    'small',
    'sub',
    'sup',
    'cite',
    'figure',
    'figcaption',
    'img',
    'pre',
    'code',
    'table',
    'thead',
    'tbody',
    'tr',
    'td',
    'th',
    'address',
    'abbr',
    'mark',
    'time',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    q: ['cite', 'quote-source', 'data-source'],
    blockquote: ['cite'],
    img: ['src', 'alt', 'title'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'template',
  ],
  disallowedTagsMode: 'discard',
};

export function sanitizeWireHtml(html: string): string {
  return sanitizeHtml(withoutDeepNesting(html), SANITIZE);
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'figure',
  'figcaption',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'address',
  'hr',
  'br',
]);
const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = {
  h1: 1,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 5,
  h6: 6,
};

type Style = Omit<Inline, 'text'>;

/** Sanitises wire HTML and turns it into Edition's blocks, quotes and media references. */
export function htmlToContent(
  html: string,
  options: { language?: string | null } = {},
): HtmlContent {
  const document = parseDocument(sanitizeWireHtml(html), { decodeEntities: true });
  const walker = new Walker(options.language ?? null);
  walker.walkChildren(document.children, {});
  walker.flush();
  return { blocks: walker.blocks, quotes: walker.quotes, media: walker.media };
}

/**
 * Hostile or broken copy can nest thousands of elements; below this depth an element's content
 * is kept as plain text (gathered without recursion) so the walk can never overflow the stack.
 */
const MAX_NESTING = 64;

/** Quotation marks put back around `<q>` text: the element implies them, the text has none. */
const QUOTE_MARKS: Record<string, [string, string]> = {
  bg: ['„', '“'],
  ru: ['«', '»'],
  en: ['“', '”'],
  de: ['„', '“'],
  cs: ['„', '“'],
  pl: ['„', '”'],
  fr: ['«\u00a0', '\u00a0»'],
  es: ['«', '»'],
  it: ['«', '»'],
  el: ['«', '»'],
  zh: ['“', '”'],
};

class Walker {
  readonly blocks: Block[] = [];
  readonly quotes: WireQuote[] = [];
  readonly media: MediaRef[] = [];
  private inlines: Inline[] = [];
  private quoteDepth = 0;
  private depth = 0;

  constructor(private readonly language: string | null) {}

  walkChildren(nodes: ChildNode[], style: Style): void {
    this.depth += 1;
    try {
      for (const node of nodes) this.walk(node, style);
    } finally {
      this.depth -= 1;
    }
  }

  flush(): void {
    const inlines = trimInlines(this.inlines);
    this.inlines = [];
    if (inlines.length === 0) return;
    this.blocks.push({ kind: this.quoteDepth > 0 ? 'quote' : 'paragraph', inlines });
  }

  private walk(node: ChildNode, style: Style): void {
    if (node.type === 'text') {
      this.inlines.push({ ...style, text: entitiesMeant(node.data).replace(/\s+/g, ' ') });
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    if (this.depth > MAX_NESTING) {
      this.inlines.push({ ...style, text: ` ${flatText(element)} ` });
      return;
    }
    const tag = element.name.toLowerCase();
    if (HEADINGS[tag]) {
      this.flush();
      const inlines = trimInlines(this.collect(element, style));
      if (inlines.length) this.blocks.push({ kind: 'heading', level: HEADINGS[tag]!, inlines });
      return;
    }
    switch (tag) {
      case 'ul':
      case 'ol': {
        this.flush();
        const items = element.children
          .filter(
            (child): child is Element => child.type === 'tag' && (child as Element).name === 'li',
          )
          .map((item) => trimInlines(this.collect(item, style)))
          .filter((item) => item.length > 0);
        if (items.length) this.blocks.push({ kind: 'list', ordered: tag === 'ol', items });
        return;
      }
      case 'tr':
        this.flush();
        this.tableRow(element, style);
        return;
      case 'blockquote':
        this.flush();
        this.quoteDepth += 1;
        this.walkChildren(element.children, style);
        this.flush();
        this.quoteDepth -= 1;
        return;
      case 'img': {
        // A picture no reader's client can fetch (pasted with a relative address) is none.
        const uri = webUrl(element.attribs.src);
        if (uri)
          this.media.push({
            kind: 'picture',
            uri,
            caption: element.attribs.alt || element.attribs.title || null,
            mimeType: null,
          });
        return;
      }
      case 'q': {
        const source =
          element.attribs['quote-source'] ||
          element.attribs['data-source'] ||
          element.attribs.cite ||
          null;
        const inner = this.collect(element, style);
        const text = inner
          .map((inline) => inline.text)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) this.quotes.push({ text, source });
        const [open, close] = quoteMarks(this.language, text);
        this.inlines.push({ ...style, text: open }, ...inner, { ...style, text: close });
        return;
      }
      case 'b':
      case 'strong':
        this.walkChildren(element.children, { ...style, bold: true });
        return;
      case 'i':
      case 'em':
      case 'cite':
        this.walkChildren(element.children, { ...style, italic: true });
        return;
      case 'a': {
        const href = safeHref(element.attribs.href);
        this.walkChildren(element.children, href ? { ...style, href } : style);
        return;
      }
      default:
        if (BLOCK_TAGS.has(tag)) {
          this.flush();
          this.walkChildren(element.children, style);
          this.flush();
        } else {
          this.walkChildren(element.children, style);
        }
    }
  }

  /**
   * A table row as one paragraph, its cells in order with a middle dot between them and header
   * cells in bold, as Markdown tables are read: a story has no tables, and a row's figures
   * belong together ("USD · 1.69"), not a paragraph each.
   */
  private tableRow(row: Element, style: Style): void {
    const cells = row.children
      .filter((child): child is Element => child.type === 'tag')
      .filter((cell) => cell.name === 'td' || cell.name === 'th')
      .map((cell) =>
        trimInlines(this.collect(cell, cell.name === 'th' ? { ...style, bold: true } : style)),
      )
      .filter((cell) => cell.length > 0);
    const inlines = cells.flatMap((cell, index) => [
      ...(index > 0 ? [{ ...style, text: ' · ' }] : []),
      ...cell,
    ]);
    if (inlines.length > 0)
      this.blocks.push({ kind: this.quoteDepth > 0 ? 'quote' : 'paragraph', inlines });
  }

  /** The inline content of an element, flattened (nested blocks inside become spaces). */
  private collect(element: Element, style: Style): Inline[] {
    const saved = this.inlines;
    this.inlines = [];
    const savedBlocks = this.blocks.length;
    this.walkChildren(element.children, style);
    // Blocks produced inside (e.g. <p> in <li>) are folded back into the inline run.
    const nested = this.blocks.splice(savedBlocks);
    const collected = [
      ...nested.flatMap((block) => [
        ...(block.kind === 'list' ? block.items.flat() : block.inlines),
        { text: ' ' },
      ]),
      ...this.inlines,
    ];
    this.inlines = saved;
    return collected;
  }
}

/** The marks for a quote: by the story's language, else by the quote's own words. */
function quoteMarks(language: string | null, text: string): [string, string] {
  if (/^["„“«»”'‚‘]/.test(text)) return ['', '']; // the wire kept its own marks
  const key = language?.slice(0, 2).toLowerCase();
  if (key && QUOTE_MARKS[key]) return QUOTE_MARKS[key]!;
  return QUOTE_MARKS[guessLanguage(text) ?? 'en'] ?? QUOTE_MARKS.en!;
}

/** An escaped tag ("&lt;b&gt;", "&lt;/p&gt;"), or any entity. */
const TAG_OR_ENTITY =
  /(&lt;\/?[a-z][a-z0-9-]*(?:\s[^&<>]*)?\/?&gt;)|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * Text that still reads as entities after parsing was escaped once too often by the wire
 * (`&amp;#39;`, `&amp;eacute;`) or named an entity XML does not know (`&eacute;` in NITF,
 * which the XML reader leaves as text): the reader is shown the character meant. Only whole,
 * known names (no legacy `&copy` without its semicolon); unknown ones (`&tstr;`) and escaped
 * tags (text about markup: "type &lt;b&gt; for bold") stay as written.
 */
function entitiesMeant(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(TAG_OR_ENTITY, (entity, tag: string | undefined) =>
    tag ? tag : decodeHTMLStrict(entity),
  );
}

/** All text below an element, gathered with an explicit stack (no recursion). */
function flatText(element: Element): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(entitiesMeant(node.data));
    else if (node.type === 'tag') stack.push(...[...(node as Element).children].reverse());
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Drops empty runs, folds whitespace across runs, trims the ends. */
function trimInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    let text = inline.text.replace(/\s+/g, ' ');
    const previous = merged[merged.length - 1];
    if (previous && previous.text.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    if (previous && sameStyle(previous, inline)) previous.text += text;
    else merged.push({ ...inline, text });
  }
  if (merged.length === 0) return [];
  merged[0]!.text = merged[0]!.text.trimStart();
  merged[merged.length - 1]!.text = merged[merged.length - 1]!.text.trimEnd();
  return merged.filter((inline) => inline.text !== '');
}

function sameStyle(a: Inline, b: Inline): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    a.href === b.href
  );
}

/** Plain text of a fragment of wire HTML (titles, captions, descriptions). */
export function htmlToText(html: string): string {
  const flat = withoutDeepNesting(html);
  const document = parseDocument(sanitizeHtml(flat, { allowedTags: [], allowedAttributes: {} }), {
    decodeEntities: true,
  });
  const text = (document.children as ChildNode[])
    .map((node) => (node.type === 'text' ? node.data : ''))
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}
