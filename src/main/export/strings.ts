/**
 * The few fixed words the exports print themselves, in the edition's language. The app's UI
 * strings live in the renderer's i18n files; these are separate because an export is written in
 * the *edition's* language (a Bulgarian digest stays Bulgarian when the editor's UI is English).
 */
export interface ExportStrings {
  /**
   * The language these words are in: the edition's tag where they are its language's ("bg-BG"),
   * else "en", the fallback — for the `lang` of a label set inside text in another language.
   */
  language: string;
  readMore: string;
  viewInBrowser: string;
  /** The email footer's way out. */
  unsubscribe: string;
  /** Shown in the footer: why the reader has this email. */
  footer: (publication: string) => string;
}

const STRINGS: Record<'bg' | 'en' | 'ru', Omit<ExportStrings, 'language'>> = {
  bg: {
    readMore: 'Прочетете още',
    viewInBrowser: 'Вижте в браузъра',
    unsubscribe: 'Отписване',
    footer: (publication) =>
      `Получавате този бюлетин, защото сте абонирани за ${quoted(publication, '„', '“')}.`,
  },
  en: {
    readMore: 'Read more',
    viewInBrowser: 'View in browser',
    unsubscribe: 'Unsubscribe',
    footer: (publication) =>
      `You receive this newsletter because you subscribed to ${publication}.`,
  },
  ru: {
    readMore: 'Читать далее',
    viewInBrowser: 'Открыть в браузере',
    unsubscribe: 'Отписаться',
    footer: (publication) =>
      `Вы получаете эту рассылку, потому что подписаны на ${quoted(publication, '«', '»')}.`,
  },
};

/**
 * A name in the language's quotation marks, unless it carries some already ("„24 часа“ в
 * мейла ти" came out „„24 часа“ в мейла ти“).
 */
function quoted(name: string, open: string, close: string): string {
  return /["„“”«»]/u.test(name) ? name : `${open}${name}${close}`;
}

/** The strings for a language tag ("bg", "bg-BG"); English for anything else. */
export function exportStrings(language: string): ExportStrings {
  const base = language.toLowerCase().split(/[-_]/)[0];
  if (base === 'bg' || base === 'ru') return { ...STRINGS[base], language };
  return { ...STRINGS.en, language: base === 'en' ? language : 'en' };
}

/**
 * The edition's date (YYYY-MM-DD) written out in its language: "събота, 14 март 2026 г."
 * (without `weekday`: "14 март 2026 г."). Formatted in UTC from noon so that no time zone can
 * move it to the previous or next day; the date is a calendar date, not an instant.
 */
export function formatEditionDate(date: string, language: string, weekday = true): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime())) return date;
  try {
    return new Intl.DateTimeFormat(language, {
      ...(weekday && { weekday: 'long' }),
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(parsed);
  } catch {
    // An unknown language tag must not stop an export.
    return date;
  }
}

/**
 * The title (and first subject line) of an edition made without one, in its language: "Издание
 * от 14 март 2026 г.", not English words and an ISO date over a Bulgarian newsletter (the form
 * every edition had before, and still has in English and in the languages Edition has no words
 * for: "Edition 2026-03-14").
 */
export function defaultEditionTitle(date: string, language: string): string {
  const base = language.toLowerCase().split(/[-_]/)[0];
  const day = formatEditionDate(date, base ?? 'en', false);
  if (base === 'bg' && day !== date) return `Издание от ${day}`;
  if (base === 'ru' && day !== date) return `Выпуск от ${day}`;
  return `Edition ${date}`;
}
