import iconv from 'iconv-lite';
import { removeControls } from '../wire/strip-controls';

/**
 * Characters that reach a mail client intact but come out wrong. Outlook for Windows (Word's
 * renderer) shows U+2028/U+2029 as boxes or breaks lines at them, prints soft hyphens mid-word
 * in some builds, and turns zero-width characters into visible gaps or "?" in non-Unicode
 * fallbacks. The preheader's padding is written as entities (&zwnj;&nbsp;), not characters,
 * so cleaning the finished HTML leaves it in place.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;
// An alternation, not a character class: a class holding U+200D reads as a joined sequence.
const INVISIBLES = /\u00ad|\u200b|\u200c|\u2060|\ufeff/g;
/**
 * A zero-width joiner outside an emoji sequence. Between two pictographs (a skin tone or the
 * emoji variation selector may close the first) it makes one emoji of them — 👨‍👩‍👧 is a family,
 * not three people — and stays.
 */
const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/**
 * Control characters. Wire copy loses them on import (wire/strip-controls.ts), but what editors
 * type or paste — a headline override, the subject, a section name — keeps them: ESC sequences
 * drive a terminal that prints the plain text, and Gmail clips a message holding a C1 control
 * ("[Message clipped]" under a few lines). Tab, line feed and carriage return stay.
 */
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * A C1 control in pasted text is a windows-1252 character read as Latin-1 ("you\u0092re" was
 * "you’re"): it becomes that character, as HTML reads &#146;, and the five bytes windows-1252
 * leaves undefined are dropped.
 */
function fromWindows1252(control: string): string {
  // iconv-lite, not TextDecoder: Node 20's 'windows-1252' decoder is Latin-1 and maps nothing.
  const character = iconv.decode(Buffer.of(control.charCodeAt(0)), 'windows-1252');
  return character === '\ufffd' ? '' : character;
}

export function mailSafeText(text: string): string {
  // C1 first, to the characters they stood for; the C0 controls and DEL that remain go.
  return removeControls(text.replace(C1_CONTROLS, fromWindows1252))
    .replace(LINE_SEPARATORS, ' ')
    .replace(INVISIBLES, '')
    .replace(STRAY_JOINER, '');
}

const graphemes = new Intl.Segmenter();

/** The text's first `characters` characters as a reader counts them: no emoji cut in half. */
export function shortened(text: string, characters: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count === characters) break;
    out += segment;
    count += 1;
  }
  return out;
}

/** What may not come before the ellipsis: no "word,…", "word —…" or an opening „ left open. */
const TRAILING_PUNCTUATION = /[\s,;:\-–—(«„]+$/u;

/**
 * A summary of at most `characters` characters as a reader counts them (the ellipsis included),
 * for a page's meta description (search results show about 155–160): white space made single
 * spaces, and text that is longer cut after its last whole word with "…". A grapheme is never
 * split; a first word longer than half the room (a URL, a language written without spaces) is
 * cut between graphemes instead of leaving almost nothing.
 */
export function excerpt(text: string, characters: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // No further than one grapheme past the room: an intro can be pages long.
  const segments: string[] = [];
  for (const { segment } of graphemes.segment(flat)) {
    segments.push(segment);
    if (segments.length > characters) break;
  }
  if (segments.length <= characters) return flat;
  const room = characters - 1;
  // The last space within the room, or the room's end when a space follows it.
  let end = segments[room] === ' ' ? room : segments.lastIndexOf(' ', room - 1);
  if (end < room / 2) end = room;
  const kept = segments.slice(0, end).join('').replace(TRAILING_PUNCTUATION, '');
  return `${kept}…`;
}
