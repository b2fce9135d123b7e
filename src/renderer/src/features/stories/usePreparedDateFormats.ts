import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareDateFormats } from './dates';

/** Readies the date formatters of the UI's language while the app is idle (see dates.ts). */
export function usePreparedDateFormats(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    const idle = requestIdleCallback(() => prepareDateFormats(language), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [language]);
}
