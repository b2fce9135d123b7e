import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { runWhenIdle } from '@renderer/lib/runWhenIdle';
import { prepareDateFormats } from './dates';

/** Readies the date formatters of the UI's language while the app is idle (see dates.ts). */
export function usePreparedDateFormats(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => runWhenIdle('date-formats', [() => prepareDateFormats(language)]), [language]);
}
