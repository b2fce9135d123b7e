export interface TextStats {
  words: number;
  characters: number;
  /** Whole minutes at READING_WORDS_PER_MINUTE, at least one for any text. */
  readingMinutes: number;
}

export const READING_WORDS_PER_MINUTE = 200;

/**
 * A word: letters or digits, hyphenated or with an apostrophe inside ("онлайн-среща", "don't"),
 * with the marks written on its letters (Hindi's vowel signs, Arabic's vowels, a stressed "ѝ"
 * typed as и + accent), which otherwise cut one word into several.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.,][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

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

/** Characters as people see them: 👍🏽, 🇧🇬 and a family emoji are one each, not two to five. */
function visibleCharacters(text: string): number {
  if (!CLUSTERED.test(text)) return text.length;
  return text.match(VISIBLE)?.length ?? 0;
}

/** Counts as an editor does: block gaps and line breaks are not characters, spaces are. */
export function textStats(text: string): TextStats {
  const words = text.match(WORD)?.length ?? 0;
  const characters = visibleCharacters(text.replace(/\n+/g, ''));
  const readingMinutes =
    words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
  return { words, characters, readingMinutes };
}
