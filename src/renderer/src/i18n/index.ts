import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@shared/model';
import en from './locales/en.json';
import bg from './locales/bg.json';
import { nestedQuotes } from './nested-quotes';

export const resources = {
  en: { translation: en },
  bg: { translation: bg },
} as const;

/** Keeps <html lang> and the window title in step with the UI language (screen readers, spelling). */
function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

export async function initI18n(language: UiLanguage): Promise<typeof i18n> {
  i18n.on('languageChanged', reflectLanguage);
  await i18n
    .use(initReactI18next)
    .use(nestedQuotes)
    .init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'bg'],
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
      postProcess: ['nestedQuotes'],
    });
  reflectLanguage(i18n.language);
  return i18n;
}

export default i18n;
