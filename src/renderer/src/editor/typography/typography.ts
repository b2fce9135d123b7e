import type { TypographyLanguage } from './language';
import { smartQuotes } from './quotes';
import { spacedDashes } from './dashes';
import { nonBreakingSpaces } from './spaces';

export { typographyLanguage, type TypographyLanguage } from './language';

/**
 * The story's typography by its language: quotes, dashes, no-break spaces. The result always
 * has the input's length, character for character, so the editor can write it back into the
 * text nodes it came from without moving formatting, marks or the caret. Running it twice
 * changes nothing the second time.
 */
export function applyTypography(text: string, language: TypographyLanguage): string {
  const result = nonBreakingSpaces(spacedDashes(smartQuotes(text, language), language), language);
  if (result.length !== text.length) {
    // A rule that changes the length would shift every mark after it: refuse, do not guess.
    throw new Error('typography must replace characters one for one');
  }
  return result;
}
