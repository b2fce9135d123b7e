import type { Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** Every element of an HTML string, parsed the way a browser's tokenizer would see the tags. */
export function elements(html: string): Element[] {
  return findAll(() => true, parseDocument(html).children);
}

export function byTag(html: string, tag: string): Element[] {
  return elements(html).filter((element) => element.name === tag);
}

/** The elements with this tag name inside another element. */
export function within(parent: Element, tag: string): Element[] {
  return findAll((element) => element.name === tag, parent.children);
}

export { textContent };

/** Attributes that would run script or load something other than the allowed images and links. */
export function dangerousAttributes(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`<${element.name} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
        // eslint-disable-next-line no-control-regex
        const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data:text)/.test(compact))
          found.push(`<${element.name} ${name}="${value}">`);
      }
    }
  }
  return found;
}
