import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { decodeHTMLStrict } from 'entities';
import { parserDetailInEnglish } from '../../shared/parser-errors';
import { ImportError } from './types';

export type { Document, Element };

/**
 * Parses wire XML safely. No DTD or external entity is ever fetched (xmldom has no network
 * access and does not expand entities declared in a DTD); a document that declares entities at
 * all is refused up front, which stops "billion laughs" and quadratic blow-up before parsing.
 * Unknown entities (`&tstr;`) stay as text. A malformed document is refused with its line.
 */
export function parseXml(text: string): Document {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text.slice(0, 64 * 1024));
  if (doctype && /<!ENTITY/i.test(doctype[1]!)) {
    throw new ImportError(
      'the XML declares its own entities (a DTD), which Edition refuses for safety',
      { key: 'xmlEntities' },
    );
  }
  if (nestingDepthExceeds(text, MAX_XML_DEPTH)) {
    throw new ImportError(
      `the XML nests elements more than ${MAX_XML_DEPTH.toLocaleString('en')} deep, which no news document does`,
      { key: 'xmlTooDeep', values: { depth: MAX_XML_DEPTH } },
    );
  }
  let fatal: ImportError | null = null;
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level === 'warning') return;
      // Unknown entities are common in wire copy and are kept as text.
      if (/entity not found/i.test(message)) return;
      const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator
        ?.lineNumber;
      const where = line ? ` at line ${line}` : '';
      const detail = message.replace(/\s+/g, ' ').trim();
      fatal ??= new ImportError(
        `XML error${where}: ${parserDetailInEnglish(line ? 'xmlErrorAtLine' : 'xmlError', detail)}`,
        line
          ? { key: 'xmlErrorAtLine', values: { line, detail } }
          : { key: 'xmlError', values: { detail } },
      );
      // Stops the parse; xmldom wraps what is thrown here in a report of its own, so the
      // reason is taken from `fatal` below rather than from the error.
      if (level === 'fatalError') throw fatal;
    },
  });
  let document: Document;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    // An error of the document itself was reported to onError, which set `fatal` first.
    if (fatal !== null) throw fatal;
    const detail = (error as Error).message;
    throw new ImportError(`XML error: ${detail}`, { key: 'xmlError', values: { detail } });
  }
  if (!document.documentElement)
    throw (
      fatal ??
      new ImportError('not an XML document', {
        key: 'xmlError',
        values: { detail: 'not an XML document' },
      })
    );
  return document;
}

/**
 * Parsing cost grows with depth (about 10 µs a level here), so a hostile file of nothing but
 * opening tags would keep the importer busy for minutes. Real wire XML nests a few dozen deep.
 */
export const MAX_XML_DEPTH = 10_000;

/**
 * A linear pre-scan of the markup's nesting: comments, CDATA (where wire HTML travels),
 * processing instructions and declarations are skipped; self-closing tags do not nest.
 */
export function nestingDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let at = text.indexOf('<');
  while (at !== -1) {
    const next = text.charCodeAt(at + 1);
    let end: number;
    if (text.startsWith('<!--', at)) end = closeAt(text, '-->', at);
    else if (text.startsWith('<![CDATA[', at)) end = closeAt(text, ']]>', at);
    else if (next === 63 /* ? */) end = closeAt(text, '?>', at);
    else {
      end = closeAt(text, '>', at);
      if (end === -1) return false;
      if (next === 47 /* / */) depth -= 1;
      else if (next !== 33 /* ! */ && text.charCodeAt(end - 2) !== 47 /* /> */) {
        depth += 1;
        if (depth > limit) return true;
      }
    }
    if (end === -1) return false;
    at = text.indexOf('<', end);
  }
  return false;
}

function closeAt(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from + 1);
  return found === -1 ? -1 : found + token.length;
}

// Namespace-agnostic helpers: wire XML arrives with and without its namespaces and prefixes.

export function localName(node: Node): string {
  const element = node as Element;
  return (element.localName ?? element.nodeName ?? '').replace(/^.*:/, '');
}

export function childElements(parent: Node, name?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || localName(node) === name))
      result.push(node as Element);
  }
  return result;
}

export function firstChild(parent: Node, name: string): Element | null {
  return childElements(parent, name)[0] ?? null;
}

/** First element of that local name anywhere below `parent`, depth first (iterative). */
export function findFirst(parent: Node, name: string): Element | null {
  return findAll(parent, name, 1)[0] ?? null;
}

export function findAll(parent: Node, name: string, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [];
  for (let node = parent.lastChild; node; node = node.previousSibling) stack.push(node);
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if (localName(node) === name) found.push(node as Element);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

/** An element's text with whitespace folded and entities that survived double escaping decoded. */
export function textOf(node: Node | null | undefined): string | null {
  if (!node) return null;
  const text = tidyText(node.textContent ?? '');
  return text === '' ? null : text;
}

/**
 * As textOf, for a phrase made of parts (`<byline>By <person>…</person><byttl>…</byttl>`,
 * `<location><city>…</city><country>…</country>`): parts that follow one another with nothing
 * between them are read with a comma between ("JOHN SMITH, Associated Press Writer"), not run
 * together. Parts nest a few levels at most; deeper markup is read as plain text.
 */
export function phraseOf(node: Node | null | undefined): string | null {
  if (!node) return null;
  const text = tidyText(phrase(node, 0));
  return text === '' ? null : text;
}

function phrase(node: Node, depth: number): string {
  if (depth > 8) return node.textContent ?? '';
  let out = '';
  let afterPart = false;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) {
      const part = phrase(child, depth + 1).trim();
      if (part === '') continue;
      // Letters against letters: a comma between two parts, a space after the wire's text.
      if (/[\p{L}\p{N})]$/u.test(out) && /^[\p{L}\p{N}(]/u.test(part))
        out += afterPart ? ', ' : ' ';
      else if (afterPart && /[\p{L}\p{N})]$/u.test(out.trimEnd()) && /^[\p{L}\p{N}(]/u.test(part))
        out = `${out.trimEnd()}, `;
      out += part;
      afterPart = true;
    } else if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      const value = child.nodeValue ?? '';
      out += value;
      if (value.trim() !== '') afterPart = false;
    }
  }
  return out;
}

export function attr(element: Element | null | undefined, name: string): string | null {
  if (!element) return null;
  const value = element.getAttribute(name);
  if (value !== null && value !== '') return value;
  // Prefixed attribute names (xml:lang) when namespaces are missing.
  for (let i = 0; i < element.attributes.length; i += 1) {
    const attribute = element.attributes.item(i)!;
    if (attribute.localName === name || attribute.name.replace(/^.*:/, '') === name)
      return attribute.value;
  }
  return null;
}

/** Serialises an element's children back to markup (for XHTML/HTML bodies inside XML). */
export function innerXml(element: Element): string {
  let markup = '';
  for (let node = element.firstChild; node; node = node.nextSibling) markup += node.toString();
  return markup;
}

/**
 * Folds whitespace and decodes entities that arrived double-escaped (`&amp;#39;` parses to
 * `&#39;`). Unknown entities are left as they are, and so are HTML's legacy names without
 * their semicolon (a bare "&notables" is not "¬ables").
 */
export function tidyText(text: string): string {
  const decoded = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text) ? decodeHTMLStrict(text) : text;
  return decoded.replace(/\s+/g, ' ').trim();
}
