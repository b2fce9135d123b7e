import type { Settings, UiLanguage } from '@shared/model';

export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'bg'];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the saved choice if there is one, else the browser's (or OS's, in
 * the desktop app) locale when it is Bulgarian, else English.
 */
export function resolveInitialLanguage(
  settings: Pick<Settings, 'language'> | null,
  browserLanguage: string | undefined,
): UiLanguage {
  if (settings && isUiLanguage(settings.language)) return settings.language;
  if (browserLanguage?.toLowerCase().startsWith('bg')) return 'bg';
  return 'en';
}
