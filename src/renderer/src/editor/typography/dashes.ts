import type { TypographyLanguage } from './language';

/** Russian sets a spaced em dash; Bulgarian and English a spaced en dash. */
const DASH: Record<TypographyLanguage, string> = { bg: '–', ru: '—', en: '–' };

/**
 * A hyphen standing alone between spaces (or opening a line of dialogue) is a dash. Ranges
 * ("10-12") and compounds ("онлайн-среща") keep their hyphen. One character for one.
 */
export function spacedDashes(text: string, language: TypographyLanguage): string {
  return text.replace(/(^|[ \u00A0\t\n])-(?=[ \u00A0\t\n])/g, `$1${DASH[language]}`);
}
