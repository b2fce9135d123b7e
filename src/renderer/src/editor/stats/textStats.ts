import { characterCount } from '@shared/characters';

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

/** Counts as an editor does: block gaps and line breaks are not characters, spaces are. */
export function textStats(text: string): TextStats {
  const words = text.match(WORD)?.length ?? 0;
  const characters = characterCount(text.replace(/\n+/g, ''));
  const readingMinutes =
    words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
  return { words, characters, readingMinutes };
}
