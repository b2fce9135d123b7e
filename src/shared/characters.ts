/**
 * Counting text as a reader sees it, shared by main (the pre-send checks) and the window (the
 * counters beside the subject and preheader, the story's statistics), so that "63 characters" on the board and in a
 * finding are the same number for the same text.
 */

/** Most inboxes show 10 to 78 characters of a subject line (78: RFC 5322's line length). */
export const SUBJECT_MIN = 10;
export const SUBJECT_MAX = 78;

/** What joins the character before it: marks, variation selectors, emoji skin tones. */
const EXTEND = String.raw`(?:\p{M}|\ufe0e|\ufe0f|[\u{1F3FB}-\u{1F3FF}])`;
/**
 * One visible character: a flag (two regional indicators), or a character with what extends it
 * and what zero-width joiners join to it (👩‍👩‍👧). A regular expression, not Intl.Segmenter:
 * V8's segments each copy the whole text, and a long story took gigabytes to count.
 */
const VISIBLE = new RegExp(
  String.raw`\p{Regional_Indicator}{2}|[\s\S](?:${EXTEND}|\u200d[\s\S])*`,
  'gu',
);

/** Text where every UTF-16 unit is a character of its own needs no matching (most copy). */
const CLUSTERED = /\p{M}|\u200d|\ufe0e|\ufe0f|[\u{10000}-\u{10ffff}]/u;

/**
 * Characters as a person counts them: 👍🏽, 🇧🇬, 👩‍👩‍👧 and a letter typed with a combining
 * accent (и + ̆) are one each, not two to five code points. One count for every counter: the
 * subject's and the preheader's, the checks' and the story's statistics.
 */
export function characterCount(text: string): number {
  if (!CLUSTERED.test(text)) return text.length;
  return text.match(VISIBLE)?.length ?? 0;
}

/**
 * The length of a subject or preheader as sent: the exports trim them, so spaces typed before
 * or after are not counted.
 */
export function fieldLength(text: string): number {
  return characterCount(text.trim());
}
