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

export function mailSafeText(text: string): string {
  return text.replace(LINE_SEPARATORS, ' ').replace(INVISIBLES, '').replace(STRAY_JOINER, '');
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
