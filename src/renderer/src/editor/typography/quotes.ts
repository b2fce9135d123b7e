import type { TypographyLanguage } from './language';

interface QuotePair {
  open: string;
  close: string;
}

/** The outer pair, then the pair for a quote inside a quote; deeper levels alternate. */
const STYLES: Record<TypographyLanguage, { outer: QuotePair; inner: QuotePair }> = {
  bg: { outer: { open: '„', close: '“' }, inner: { open: '‚', close: '‘' } },
  ru: { outer: { open: '«', close: '»' }, inner: { open: '„', close: '“' } },
  en: { outer: { open: '“', close: '”' }, inner: { open: '‘', close: '’' } },
};

/**
 * Typographic double quotes already in the text, so that a straight quote inside „…“ is known
 * to be nested. Single curly quotes are left out: ’ is also the apostrophe.
 */
const EXISTING: Record<TypographyLanguage, { opens: string; closes: string }> = {
  bg: { opens: '„«', closes: '“»' },
  ru: { opens: '«„', closes: '»“' },
  en: { opens: '“«', closes: '”»' },
};

const SPACE = /\s/u;
/** What may stand right before an opening quote (besides a space or the start). */
const BEFORE_OPEN = '([{/–—-';
/** What may follow a closing quote (besides a space or the end). */
const AFTER_CLOSE = '.,;:!?…)]}/–—-';

/**
 * Straight double quotes (") made typographic for the language, nested quotes with the inner
 * pair. Each quote stays one character, so the result has the input's length and every offset
 * still points at the same place (the editor maps the result back onto its text nodes).
 * A line break ends every open quote: a wire quote running over several paragraphs opens
 * again at the start of each.
 */
export function smartQuotes(text: string, language: TypographyLanguage): string {
  const style = STYLES[language];
  const existing = EXISTING[language];
  // UTF-16 units, not code points: every quote is one unit, so indexes are offsets.
  const chars = text.split('');
  // How many quotes are open here: even depths take the outer pair, odd ones the inner.
  let depth = 0;
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (char === '\n') {
      depth = 0;
      continue;
    }
    if (existing.opens.includes(char)) {
      depth += 1;
      continue;
    }
    if (existing.closes.includes(char)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (char !== '"') continue;
    const before = chars[index - 1];
    const after = chars[index + 1];
    if (opens(before, after, depth, existing)) {
      chars[index] = (depth % 2 === 0 ? style.outer : style.inner).open;
      depth += 1;
    } else {
      depth = Math.max(0, depth - 1);
      chars[index] = (depth % 2 === 0 ? style.outer : style.inner).close;
    }
  }
  return chars.join('');
}

function opens(
  before: string | undefined,
  after: string | undefined,
  depth: number,
  existing: { opens: string; closes: string },
): boolean {
  const openContext =
    before === undefined ||
    SPACE.test(before) ||
    BEFORE_OPEN.includes(before) ||
    existing.opens.includes(before);
  const closeContext =
    after === undefined ||
    SPACE.test(after) ||
    AFTER_CLOSE.includes(after) ||
    existing.closes.includes(after) ||
    after === '"';
  const openish = openContext && after !== undefined && !SPACE.test(after);
  const closeish = closeContext && before !== undefined && !SPACE.test(before);
  if (openish && !closeish) return true;
  if (closeish && !openish) return false;
  // Either reading fits ("a"b, or a lone " between spaces): close what is open, else open.
  return depth === 0;
}
