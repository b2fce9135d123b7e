import juice from 'juice';

/**
 * CSS inlining for the email, by juice, memoised per element signature.
 *
 * Running juice over a whole 40-story email costs ~12 ms, nearly all of it parsing ~100 KB into a
 * DOM and matching every rule against every element. But the email stylesheet uses only simple
 * selectors — one type or one class per selector (email-styles.ts; a test enforces it) — so the
 * style juice gives an element depends on nothing but its tag name and class list. Each distinct
 * (tag, class) pair, ~25 in a digest, is therefore inlined by juice once, in a small catalogue
 * document, and the result is applied to every element with that signature. The output is the
 * same as juice's over the whole document (email-html.test.ts compares the two byte for byte).
 */
export const JUICE_OPTIONS: juice.Options = {
  // The @media blocks cannot be inlined; juice keeps them in a <style> of their own.
  preserveMediaQueries: true,
  removeStyleTags: true,
  // !important is what lets the dark-mode block beat the inline colours; inline it is noise.
  preserveImportant: false,
  // Image and table widths are written as attributes by the template itself: juice would turn
  // the image's CSS width:100% into width="100%", which Outlook reads as the file's own width.
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  // bgcolor / align attributes for the cells that have those styles: old Outlooks read them.
  applyAttributesTableElements: true,
};

interface Inlined {
  /** The style attribute value, compacted ("a:b;c:d"), or '' when no rule applies. */
  style: string;
  /** Attributes juice derives from the style (align, bgcolor…), in the order it writes them. */
  attributes: [name: string, value: string][];
}

interface StylesheetCache {
  /** What stays in <head>: the @media blocks, as juice writes them. */
  preserved: string;
  signatures: Map<string, Inlined>;
}

const caches = new Map<string, StylesheetCache>();
/** Elements juice never styles. */
const NON_VISUAL = new Set(juice.nonVisualElements.map((name) => String(name).toLowerCase()));
/** Comments (including Outlook's conditional ones, which hold tags juice must not touch) or a start tag. */
const TOKEN = /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*)?)>/g;

/** The CSS that must stay in a <style> element (the media queries), for the template's <head>. */
export function preservedCss(css: string): string {
  return cacheFor(css).preserved;
}

/**
 * Adds the stylesheet's inline styles to every start tag of `html`. The markup must come from
 * Edition's own templates: attribute values double-quoted and escaped, no "<" in text.
 */
export function inlineStyles(html: string, css: string): string {
  const cache = cacheFor(css);
  const missing = new Map<string, [tag: string, classes: string]>();
  forEachTag(html, (tag, attributes) => {
    const classes = classOf(attributes);
    const key = `${tag} ${classes}`;
    if (!cache.signatures.has(key)) missing.set(key, [tag, classes]);
    return null;
  });
  if (missing.size > 0) inlineCatalogue(css, missing, cache.signatures);
  return forEachTag(html, (tag, attributes) => {
    const inlined = cache.signatures.get(`${tag} ${classOf(attributes)}`);
    return inlined ? `<${tag}${applyInlined(attributes, inlined)}>` : null;
  });
}

function cacheFor(css: string): StylesheetCache {
  let cache = caches.get(css);
  if (!cache) {
    const shell = juice(
      `<html><head><style>${css}</style></head><body></body></html>`,
      JUICE_OPTIONS,
    );
    cache = {
      preserved: /<style>([\s\S]*?)<\/style>/.exec(shell)?.[1] ?? '',
      signatures: new Map(),
    };
    // A palette per branding accent: a handful at most in a process, but never unbounded.
    if (caches.size > 32) caches.clear();
    caches.set(css, cache);
  }
  return cache;
}

/** Calls `visit` for each start tag outside comments; a string result replaces the tag. */
function forEachTag(
  html: string,
  visit: (tag: string, attributes: string) => string | null,
): string {
  return html.replace(TOKEN, (token, name: string | undefined, attributes: string) => {
    if (!name) return token;
    const tag = name.toLowerCase();
    if (NON_VISUAL.has(tag)) return token;
    return visit(tag, attributes) ?? token;
  });
}

function classOf(attributes: string): string {
  return /\sclass="([^"]*)"/.exec(attributes)?.[1]?.trim() ?? '';
}

/** juice over one empty element per signature; the marker attribute finds each in the output. */
function inlineCatalogue(
  css: string,
  missing: Map<string, [tag: string, classes: string]>,
  signatures: Map<string, Inlined>,
): void {
  const keys = [...missing.keys()];
  const catalogue = keys
    .map((key, index) => {
      const [tag, classes] = missing.get(key)!;
      return `<${tag}${classes ? ` class="${classes}"` : ''} data-sig="${index}"></${tag}>`;
    })
    .join('');
  const output = juice.inlineContent(catalogue, css, JUICE_OPTIONS);
  keys.forEach((key, index) => {
    const element = new RegExp(`<[a-z0-9]+[^>]*\\sdata-sig="${index}"([^>]*)>`).exec(output);
    const after = element?.[1] ?? '';
    const attributes = [...after.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(
      (match): [string, string] => [match[1]!, match[2]!],
    );
    const style = attributes.find(([name]) => name === 'style')?.[1] ?? '';
    signatures.set(key, {
      style: compactStyle(style),
      attributes: attributes.filter(([name]) => name !== 'style'),
    });
  });
}

/**
 * As juice does: the style attribute goes last, then each derived attribute replaces an existing
 * one of that name in place or is appended.
 */
function applyInlined(attributes: string, inlined: Inlined): string {
  let out = inlined.style ? `${attributes} style="${inlined.style}"` : attributes;
  for (const [name, value] of inlined.attributes) {
    const existing = new RegExp(`(\\s${name}=")[^"]*(")`);
    out = existing.test(out) ? out.replace(existing, `$1${value}$2`) : `${out} ${name}="${value}"`;
  }
  return out;
}

/**
 * juice writes "color: #1a1a1a; padding: 0;" — the spaces cost ~8 % of a 40-story email, which
 * counts against Gmail's 102 KB clip.
 */
export function compactStyle(style: string): string {
  return style
    .replace(/\s*;\s*/g, ';')
    .replace(/\s*:\s*/g, ':')
    .replace(/;$/, '')
    .trim();
}
