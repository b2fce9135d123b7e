import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import type { UiLanguage } from '@shared/model';
import { UI_LANGUAGES, isUiLanguage } from '@renderer/i18n/language';
import { useCommand } from '@renderer/app/commands/CommandsContext';

/**
 * Switches at once; the choice is saved in settings, so the next start uses it too. In the
 * header (which also offers the switch to the command palette) and in the Settings dialog.
 */
export function LanguageSelect({
  place = 'header',
}: {
  place?: 'header' | 'settings';
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const choose = (language: UiLanguage): void => {
    void i18n.changeLanguage(language);
    call('settings.set', { language }).catch(reportError);
  };
  const other: UiLanguage = UI_LANGUAGES.find((language) => language !== current) ?? 'en';
  useCommand(
    place === 'header'
      ? {
          id: 'app.language',
          label: t('commands.language', { language: t(`settings.languages.${other}`) }),
          group: t('commands.groups.app'),
          run: () => choose(other),
        }
      : null,
  );
  return (
    <div className={place === 'header' ? 'language-select' : 'field'}>
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        className={place === 'header' ? 'input input--small' : 'input'}
        data-testid={place === 'header' ? 'language-select' : 'settings-language'}
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
