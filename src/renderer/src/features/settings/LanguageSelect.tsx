import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import type { UiLanguage } from '@shared/model';
import { UI_LANGUAGES, isUiLanguage } from '@renderer/i18n/language';
import { useCommand } from '@renderer/app/commands/CommandsContext';

/** Switches at once; the choice is saved in settings, so the next start uses it too. */
export function LanguageSelect(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const choose = (language: UiLanguage): void => {
    void i18n.changeLanguage(language);
    call('settings.set', { language }).catch(reportError);
  };
  const other: UiLanguage = UI_LANGUAGES.find((language) => language !== current) ?? 'en';
  useCommand({
    id: 'app.language',
    label: t('commands.language', { language: t(`settings.languages.${other}`) }),
    group: t('commands.groups.app'),
    run: () => choose(other),
  });
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
          if (isUiLanguage(language)) choose(language);
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
