import type { Migration } from './types';

/**
 * Plain-text and Markdown headers kept a regional tag ("Language: en_US" → "en-us") while every
 * other format stores the primary subtag, so the language filter listed "en" and "en-us" as
 * two languages, and quote rules keyed on "en" missed the regional ones. Stored tags are
 * brought to their primary subtag, as the importers now give them.
 */
export const languageSubtags: Migration = {
  version: 9,
  name: 'language-subtags',
  // As languageTag reads a tag: "-" or "_" ends the primary subtag, which is 2–3 letters and
  // lower case. Anything else is left as it was.
  up: `
    UPDATE stories SET language = lower(substr(language, 1, instr(replace(language, '_', '-'), '-') - 1))
      WHERE instr(replace(language, '_', '-'), '-') IN (3, 4)
        AND substr(language, 1, instr(replace(language, '_', '-'), '-') - 1) NOT GLOB '*[^A-Za-z]*';
  `,
};
