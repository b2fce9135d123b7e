import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { UI_LANGUAGES, isUiLanguage } from '@renderer/i18n/language';

/** Switches at once; the choice is saved in settings, so the next start uses it too. */
export function LanguageSelect(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        className="input input--small"
        data-testid="language-select"
        value={current}
        onChange={(event) => {
          const language = event.target.value;
          if (!isUiLanguage(language)) return;
          void i18n.changeLanguage(language);
          call('settings.set', { language }).catch(reportError);
        }}
      >
        {UI_LANGUAGES.map((language) => (
          // Each language is named in itself, so that it can be found by someone who reads it.
          <option key={language} value={language} lang={language}>
            {t(`settings.languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
