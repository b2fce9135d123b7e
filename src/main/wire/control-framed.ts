import { decodeBytes, type DecodedText } from './charset';
import { cleanText } from './decode';
import { looksLikeTitle } from './headline';
import { bylineName, isRoleLine } from './story-fields';
import { isEmbargoLine } from './text-embargo';
import { isEndLine } from './transmission-time';

/**
 * What IPTC 7901 and ANPA 1312 share: messages framed by control characters (SOH header, STX
 * text, ETX end, EOT after the transmission line), hard-wrapped text whose paragraphs are marked
 * by indentation or blank lines, line marks from teleprinter days, and a closing date/time line.
 */

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';
export const SYN = '\u0016';

export interface Frame {
  header: string;
  body: string;
  /** Between ETX and EOT (or the next message): the transmission date/time line. */
  trailer: string;
}

/**
 * The whole transmission decoded at once: the framing characters are the same bytes in UTF-8,
 * GB18030 and every single-byte charset, and the charset detector reads better from all
 * messages together than from one short one.
 */
export function decodeTransmission(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes, null);
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}

/** Every SOH … STX … ETX message; a header without text (a service message) is skipped. */
export function frames(text: string): Frame[] {
  const found: Frame[] = [];
  for (const chunk of text.split(SOH).slice(1)) {
    const stx = chunk.indexOf(STX);
    if (stx < 0) continue;
    const etx = chunk.indexOf(ETX, stx);
    const body = etx < 0 ? chunk.slice(stx + 1) : chunk.slice(stx + 1, etx);
    const trailer = etx < 0 ? '' : chunk.slice(etx + 1).split(EOT)[0]!;
    found.push({ header: chunk.slice(0, stx), body, trailer });
  }
  return found;
}

/** The first bytes after leading line breaks (and SYN idles, when `skipSyn`). */
export function firstSignificant(bytes: Uint8Array, skipSyn: boolean): number {
  let index = 0;
  while (index < bytes.length && index < 64) {
    const byte = bytes[index]!;
    if (byte !== 0x0a && byte !== 0x0d && !(skipSyn && byte === 0x16)) break;
    index += 1;
  }
  return index;
}

export interface FramedBody {
  headline: string | null;
  byline: string | null;
  /** An embargo line above the headline: not a paragraph, but kept for the story's embargo. */
  embargoLine: string | null;
  paragraphs: string[];
  /** The transmission date/time line when the agency put it inside the text. */
  endLine: string | null;
}

interface Unit {
  text: string;
  /** A line the agency closed itself (headline "=", ANPA "<", ANPA "^" opener): stands alone. */
  marked: boolean;
}

/**
 * Text of one message to headline, byline and paragraphs. Lines that the wire marks as complete
 * (7901 headlines end in "=", ANPA lines open with "^" or end with "<") stand alone; other
 * lines are joined into paragraphs that start at an indented line or after a blank line.
 */
export function readBody(body: string, slugline: string | null): FramedBody {
  const lines = cleanText(body)
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let endLine: string | null = null;
  for (;;) {
    const last = unmark(lines[lines.length - 1] ?? '');
    if (isEndLine(last)) endLine ??= last;
    else if (!SIGN_OFF.test(last)) break;
    lines.pop();
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  }

  const units = toUnits(lines);
  let headline: string | null = null;
  let byline: string | null = null;
  let embargoLine: string | null = null;
  while (units.length > 0 && units[0]!.marked) {
    const { text } = units[0]!;
    if (isSlug(text, slugline)) units.shift();
    // AP's "EMBARGOED for release at …" above the headline: set aside, so that the headline and
    // byline under it are read as such; the story's embargo is taken from it later.
    else if (!embargoLine && !headline && isEmbargoLine(text)) embargoLine = units.shift()!.text;
    else if (/^(by|von|от)\s+\S/i.test(text) && text.length <= 80)
      byline = bylineName(units.shift()!.text);
    else if (byline && isRoleLine(text)) byline = `${byline}, ${units.shift()!.text}`;
    else if (!headline && looksLikeTitle(text)) headline = units.shift()!.text;
    else break;
  }
  // As for plain text: a short first line without a full stop, with text after it, is a title.
  if (!headline && units.length > 1 && looksLikeTitle(units[0]!.text))
    headline = units.shift()!.text;
  return { headline, byline, embargoLine, paragraphs: units.map((unit) => unit.text), endLine };
}

function toUnits(lines: string[]): Unit[] {
  const content = lines.filter((line) => line.trim() !== '');
  const blankLines = lines.some((line) => line.trim() === '');
  const indented = content.slice(1).some(isIndented);
  const units: Unit[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) units.push({ text, marked: false });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
    } else if (isMarked(line)) {
      flush();
      const text = unmark(line);
      if (text) units.push({ text, marked: true });
    } else if (indented && isIndented(line)) {
      flush();
      current.push(line);
    } else if (blankLines || indented) {
      current.push(line);
    } else {
      flush(); // no paragraph marks at all: one paragraph per line, as plain text does
      current.push(line);
    }
  }
  flush();
  return units;
}

function isIndented(line: string): boolean {
  return /^(\t| {2,})\S/.test(line);
}

function isMarked(line: string): boolean {
  return /^\s*\^/.test(line) || /[=<]$/.test(line);
}

function unmark(line: string): string {
  return line
    .replace(/^\s*\^/, '')
    .replace(/\s*[=<]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The keyword line repeated at the top of the text ("BC-Obit-Smith,0234"). */
function isSlug(text: string, slugline: string | null): boolean {
  if (/^(BC|AM|PM|AP)-\S+$/i.test(text.replace(/,\S*$/, ''))) return true;
  return slugline !== null && text.toLowerCase().replace(/,.*$/, '') === slugline.toLowerCase();
}

/** The desk's closing codes after the text ("dpa ab xy", "kna tb"): routing, not copy. */
const SIGN_OFF = /^(dpa|kna|apa|sda|epd|afp|ap|bta|бта|reuters)( +[\p{Ll}\d]{1,4}){1,6}$/iu;
