import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errorText';

/**
 * errorText in the current interface language, for a component that says a failed request in
 * its own place (a status, a panel) rather than in the alert region. Keep the failure as it came
 * (code and main's words) and say it when rendering, so that a change of language says it anew.
 */
export function useErrorText(): (error: {
  code?: string;
  message: string;
}) => ReturnType<typeof errorText> {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((error) => errorText(t, language, error), [t, language]);
}
