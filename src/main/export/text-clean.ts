/**
 * Characters that reach a mail client intact but come out wrong. Outlook for Windows (Word's
 * renderer) shows U+2028/U+2029 as boxes or breaks lines at them, prints soft hyphens mid-word
 * in some builds, and turns zero-width characters into visible gaps or "?" in non-Unicode
 * fallbacks. The preheader's padding is written as entities (&zwnj;&nbsp;), not characters,
 * so cleaning the finished HTML leaves it in place.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;
// An alternation, not a character class: a class holding U+200D reads as a joined sequence.
const INVISIBLES = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export function mailSafeText(text: string): string {
  return text.replace(LINE_SEPARATORS, ' ').replace(INVISIBLES, '');
}
