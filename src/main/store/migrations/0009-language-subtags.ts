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
  up: `
    UPDATE stories SET language = substr(language, 1, instr(language, '-') - 1)
      WHERE instr(language, '-') > 1;
  `,
};
