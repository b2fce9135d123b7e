import type { Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/**
 * What an exported document may contain, and everything in it that could run script, load from
 * elsewhere or re-point the page. Strings name the element and attribute so a failure reads as
 * the hole it is. Payload text is expected to appear, escaped: only elements and attributes count.
 */
export interface HtmlPolicy {
  /** Element names the exporter itself writes; any other element came from the input. */
  elements: ReadonlySet<string>;
  /** Attribute names the exporter itself writes. */
  attributes: ReadonlySet<string>;
  /** The web page may embed data: raster images (links.ts imageUrl); email may not. */
  dataImages: boolean;
  /** NITF is XML: parsed as such, so CDATA and processing instructions count as the XML sees them. */
  xml?: boolean;
}

/** Never acceptable in an export, whatever the allowlist says. */
const FORBIDDEN = new Set(
  'iframe frame frameset object embed applet form input button select textarea base link svg math foreignobject template noscript portal isindex xmp listing noembed plaintext animate set use image'.split(
    ' ',
  ),
);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'data',
  'codebase',
  'cite',
  'lowsrc',
  'dynsrc',
  'srcset',
  'ping',
]);

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=]+$/i;

/** What a browser reads as the scheme: controls and whitespace anywhere in it are skipped. */
function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\ufeff]/g, '').toLowerCase();
}

function badUrl(value: string, dataImages: boolean): boolean {
  const compact = compactUrl(value);
  if (/^(javascript|vbscript|livescript|mocha):/.test(compact)) return true;
  if (compact.startsWith('//') || compact.startsWith('\\\\')) return true;
  if (compact.startsWith('data:')) return !(dataImages && DATA_IMAGE.test(value.trim()));
  return false;
}

/** CSS the way a browser tokenises it: comments dropped, escapes decoded. */
function normalisedCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) =>
      String.fromCodePoint(parseInt(hex, 16) || 0xfffd),
    )
    .replace(/\\(.)/g, '$1')
    .toLowerCase();
}

function badCss(css: string): string | null {
  const text = normalisedCss(css);
  if (/expression\s*\(/.test(text)) return 'expression()';
  if (/(java|vb)script\s*:/.test(text)) return 'script URL';
  if (/@import/.test(text)) return '@import';
  if (/behavior\s*:|-moz-binding/.test(text)) return 'behavior/binding';
  for (const match of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
    const url = match[2]!.trim();
    if (!/^https:\/\//.test(url) && !url.startsWith('#')) return `url(${url})`;
  }
  return null;
}

const SAFE_EQUIV = new Set(['content-type', 'x-ua-compatible', 'content-language']);

/** The web page's own policy shuts everything by default and never names a script source. */
function strictCsp(element: Element): boolean {
  const policy = (element.attribs.content ?? '').toLowerCase();
  return /default-src 'none'/.test(policy) && !/script-src|unsafe-eval/.test(policy);
}

function scriptFindings(element: Element): string[] {
  const type = (element.attribs.type ?? '').trim().toLowerCase();
  if (type !== 'application/ld+json') return [`<script type="${type}">`];
  const json = textContent(element);
  // The HTML parser ends a script at the first "</script"; "<" must never be written raw.
  if (json.includes('<')) return ['JSON-LD with a raw "<"'];
  try {
    JSON.parse(json);
  } catch {
    return ['JSON-LD that is not JSON'];
  }
  return jsonUrlFindings(JSON.parse(json) as unknown, 'JSON-LD');
}

/** Every `url`-like field of structured data must be a web address. */
export function jsonUrlFindings(value: unknown, where: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) node.forEach((item) => walk(item, key));
    else if (node && typeof node === 'object')
      for (const [name, child] of Object.entries(node)) walk(child, name);
    else if (typeof node === 'string' && /^(url|image|logo|sameAs|@id)$/i.test(key)) {
      if (!/^https?:\/\/[^\s/]/i.test(node.trim())) found.push(`${where} ${key}="${node}"`);
    }
  };
  walk(value, '');
  return found;
}

function elementFindings(element: Element, policy: HtmlPolicy): string[] {
  const name = element.name.toLowerCase();
  const found: string[] = [];
  if (name === 'script') found.push(...scriptFindings(element));
  else if (FORBIDDEN.has(name) || !policy.elements.has(name)) found.push(`element <${name}>`);
  if (name === 'style') {
    const problem = badCss(textContent(element));
    if (problem) found.push(`<style> with ${problem}`);
  }
  if (name === 'meta') {
    const equiv = (element.attribs['http-equiv'] ?? '').toLowerCase();
    if (
      equiv &&
      !SAFE_EQUIV.has(equiv) &&
      !(equiv === 'content-security-policy' && strictCsp(element))
    )
      found.push(`<meta http-equiv="${equiv}" content="${element.attribs.content ?? ''}">`);
  }
  for (const [rawName, value] of Object.entries(element.attribs)) {
    const attribute = rawName.toLowerCase();
    if (/^on/.test(attribute)) found.push(`<${name} ${attribute}>`);
    else if (attribute === 'srcdoc') found.push(`<${name} srcdoc>`);
    else if (!policy.attributes.has(attribute)) found.push(`<${name} ${attribute}> (unknown)`);
    if (URL_ATTRIBUTES.has(attribute) && badUrl(value, policy.dataImages && attribute === 'src'))
      found.push(`<${name} ${attribute}="${value}">`);
    if (attribute === 'style') {
      const problem = badCss(value);
      if (problem) found.push(`<${name} style> with ${problem}`);
    }
  }
  return found;
}

/** Parses like a browser's tokenizer (entities in attributes decoded) and lists the findings. */
export function htmlFindings(html: string, policy: HtmlPolicy): string[] {
  const document = parseDocument(html, { xmlMode: policy.xml ?? false });
  const all = findAll(() => true, document.children);
  return all.flatMap((element) => elementFindings(element, policy));
}
