/**
 * Counting text as a reader sees it, shared by main (the pre-send checks) and the window (the
 * counters beside the subject and preheader), so that "63 characters" on the board and in a
 * finding are the same number for the same text.
 */

/** Most inboxes show 10 to 78 characters of a subject line (78: RFC 5322's line length). */
export const SUBJECT_MIN = 10;
export const SUBJECT_MAX = 78;

let graphemes: Intl.Segmenter | null | undefined;

/**
 * Characters as a person counts them: grapheme clusters, so 👍🏽, 🇧🇬, 👩‍👩‍👧 and a letter typed
 * with a combining accent (и + ̆) are one each, not two to five code points. Meant for short
 * fields (a subject, a preheader); a story's body is counted by the editor's own statistics.
 */
export function characterCount(text: string): number {
  if (graphemes === undefined)
    graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null;
  if (graphemes === null) return [...text].length;
  return [...graphemes.segment(text)].length;
}

/**
 * The length of a subject or preheader as sent: the exports trim them, so spaces typed before
 * or after are not counted.
 */
export function fieldLength(text: string): number {
  return characterCount(text.trim());
}
