/** The languages whose typography Edition knows; a story in any other language is set as Bulgarian. */
export type TypographyLanguage = 'bg' | 'ru' | 'en';

/** A story's language code ("bg", "ru-RU", "en", null) as one of the three; Bulgarian by default. */
export function typographyLanguage(code: string | null | undefined): TypographyLanguage {
  const base = (code ?? '').slice(0, 2).toLowerCase();
  return base === 'ru' || base === 'en' ? base : 'bg';
}
