/**
 * Word wrapping for the plain-text part. Widths count code points, so Cyrillic is measured as
 * the reader sees it (a UTF-8 byte count would wrap Bulgarian at half the width). A word longer
 * than the line — a URL, mostly — gets a line of its own and is never broken: a URL split across
 * lines stops being a link in every mail client.
 */
export const TEXT_WIDTH = 72;

/**
 * Where a line may break: any white space but the no-break ones (U+00A0, the narrow U+202F
 * and the figure space U+2007), which wire copy puts between a number and its unit or
 * thousands ("5 000 лв.") precisely so that no line starts with "000 лв.". JavaScript's \s
 * counts them as spaces.
 */
const BREAKABLE_SPACE = /[^\S\u00a0\u2007\u202f]+/;

export function columns(text: string): number {
  return [...text].length;
}

/**
 * Wraps each line of `text` to `width`, starting lines with `indent` (or `firstIndent` for the
 * very first one, e.g. "12. " before a hanging indent of four spaces).
 */
export function wrap(
  text: string,
  { width = TEXT_WIDTH, indent = '', firstIndent = indent }: WrapOptions = {},
): string {
  const lines: string[] = [];
  for (const source of text.split(/\r?\n/)) {
    let line = '';
    let lead = lines.length === 0 ? firstIndent : indent;
    for (const word of source.split(BREAKABLE_SPACE).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && columns(lead) + columns(candidate) > width) {
        lines.push(lead + line);
        lead = indent;
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line ? lead + line : '');
  }
  return lines.join('\n');
}

export interface WrapOptions {
  width?: number;
  indent?: string;
  firstIndent?: string;
}
