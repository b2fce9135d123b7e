import { escapeHtml } from './escape';

/**
 * Which way a story's text runs. Editions are Bulgarian, English or Russian, but the wire brings
 * Arabic, Hebrew and Persian copy too; a `lang` attribute alone does not turn it: without `dir`
 * a browser or mail client sets it left-aligned with its closing punctuation on the wrong side.
 */
export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (the strong R and AL letters of the Unicode bidi algorithm). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/** Intl.Locale's text info: a getter in Node 20, a method in newer engines (Electron). */
type LocaleWithTextInfo = Intl.Locale & {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
};

/** The direction of a language tag ("ar", "fa-IR", "az-Arab"), or null when it cannot be told. */
export function languageDirection(language: string): Direction | null {
  try {
    const locale = new Intl.Locale(language) as LocaleWithTextInfo;
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    return direction === 'rtl' || direction === 'ltr' ? direction : null;
  } catch {
    // Not a language tag at all (a wire's free text): the letters decide.
    return null;
  }
}

/** The direction of the text's first letter, as dir="auto" would choose. */
export function textDirection(text: string): Direction {
  const first = LETTER.exec(text)?.[0];
  return first && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * The direction of text said to be in `language`. A story language other than the edition's is
 * the wire's own word and decides; the edition's language does not, since the export model gives
 * it to copy that came with no language (plain text, many RSS feeds), so there the letters do.
 */
export function directionOf(
  language: string | null,
  text: string,
  editionLanguage: string,
): Direction {
  if (language && language !== editionLanguage) {
    return languageDirection(language) ?? textDirection(text);
  }
  return textDirection(text);
}

/** The edition's own direction, which its page and email are written in. */
export function editionDirection(editionLanguage: string): Direction {
  return languageDirection(editionLanguage) ?? 'ltr';
}

/**
 * ` lang="…" dir="…"` for an element whose text differs from what surrounds it: the language
 * where it is known and another, the direction where it is another; '' when neither is.
 */
export function languageAttributes(
  language: string | null,
  direction: Direction,
  around: { language: string; direction: Direction },
): string {
  const lang = language && language !== around.language ? ` lang="${escapeHtml(language)}"` : '';
  return direction === around.direction ? lang : `${lang} dir="${direction}"`;
}

/**
 * ` lang="…" dir="…"` for the edition's own words (a "read more" label, in the reader's
 * language) set inside text `around` in another: an Arabic story's summary in a Bulgarian
 * edition. '' where the surrounding text is in the words' language and direction already.
 */
export function wordsAttributes(
  wordsLanguage: string,
  around: { language: string; direction: Direction },
): string {
  return languageAttributes(wordsLanguage, editionDirection(wordsLanguage), around);
}
