import { ImportError } from './types';

/**
 * Hostile nesting, dealt with before a parser sees it. htmlparser2 and domutils take time
 * growing with the square of the depth (200,000 nested tags: minutes, with the server
 * unanswering): HTML is cut down to a bound depth, its words kept. marked takes memory growing
 * faster than the depth of a list (2,000 levels in 4 MB: over 4 GB, and the process dies): such
 * Markdown is refused. Articles nest a few dozen elements and stories a few list levels deep.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_MARKDOWN_DEPTH = 64;

/** Elements that never hold others, or whose end tags HTML leaves out (the next one closes them). */
const NOT_NESTING = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param'],
  ...['source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen'],
  ...['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead'],
  ...['tfoot', 'colgroup', 'rt', 'rp'],
]);

/**
 * The markup with the tags nested deeper than MAX_HTML_DEPTH taken out, their text kept: what
 * deep copy says still arrives, and the parsers see a bounded tree. Markup within the bound
 * comes back as it was. Linear by construction (each tag's end is looked for once, and
 * nothing is scanned twice): a regular expression here took seconds on "<b <b <b …".
 */
export function withoutDeepNesting(html: string): string {
  let depth = 0;
  let cut = 0; // tags opened past the bound and left out, whose end tags go too
  let kept = 0;
  let out = '';
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close === -1) break;
      at = html.indexOf('<', close + 3);
      continue;
    }
    const end = html.indexOf('>', at + 1);
    if (end === -1) break; // no tag is complete after this point
    const tag = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(at, Math.min(end, at + 64)));
    const name = tag?.[2]!.toLowerCase();
    if (tag && name && !NOT_NESTING.has(name) && html.charCodeAt(end - 1) !== 47 /* / */) {
      let drop = false;
      if (tag[1] === '/') {
        if (cut > 0) {
          cut -= 1;
          drop = true;
        } else depth = Math.max(0, depth - 1);
      } else if (depth >= MAX_HTML_DEPTH) {
        cut += 1;
        drop = true;
      } else depth += 1;
      if (drop) {
        out += html.slice(kept, at);
        kept = end + 1;
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return kept === 0 ? html : out + html.slice(kept);
}

/** Throws when list items or block quotes nest deeper than MAX_MARKDOWN_DEPTH. */
export function assertMarkdownNesting(text: string): void {
  for (const line of text.split('\n')) {
    const quotes = /^(?:\s{0,3}>)+/.exec(line)?.[0].split('>').length ?? 1;
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])\s/.exec(line);
    // A list level is two spaces or more; a tab, four columns.
    const indent = item ? item[1]!.replace(/\t/g, '    ').length : 0;
    if (quotes - 1 > MAX_MARKDOWN_DEPTH || indent / 2 > MAX_MARKDOWN_DEPTH)
      throw new ImportError(
        `the Markdown nests lists or quotes more than ${MAX_MARKDOWN_DEPTH} deep`,
        { key: 'markdownTooDeep', values: { depth: MAX_MARKDOWN_DEPTH } },
      );
  }
}
