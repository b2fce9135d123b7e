import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDefaults } from '@shared/model';
import { TimeZoneField } from '@renderer/app/fields/TimeZoneField';
import { TextField } from '@renderer/app/fields/TextField';

const LANGUAGES = ['bg', 'en', 'ru'] as const;

/** What a new edition starts with when there is no previous edition to copy. */
export function EditionDefaultsFields({
  value,
  onChange,
}: {
  value: EditionDefaults;
  onChange: (next: EditionDefaults) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  const languageId = useId();
  const sectionsId = useId();
  return (
    <section className="sources-section" aria-labelledby={headingId}>
      <h3 className="sources-section__title" id={headingId}>
        {t('settings.editions')}
      </h3>
      <p className="muted sources-section__explain">{t('settings.editionsExplain')}</p>
      <div className="settings-grid">
        <TimeZoneField
          label={t('settings.timezone')}
          testId="settings-timezone"
          value={value.timezone}
          onChange={(timezone) => onChange({ ...value, timezone })}
        />
        <TextField
          label={t('settings.closeTime')}
          testId="settings-close-time"
          type="time"
          value={value.closeTime}
          onChange={(closeTime) => onChange({ ...value, closeTime })}
        />
        <div className="field">
          <label htmlFor={languageId}>{t('settings.editionLanguage')}</label>
          <select
            id={languageId}
            className="input"
            data-testid="settings-edition-language"
            value={value.language}
            onChange={(event) =>
              onChange({ ...value, language: event.target.value as EditionDefaults['language'] })
            }
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`settings.editionLanguages.${language}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={sectionsId}>{t('settings.sections')}</label>
        <textarea
          id={sectionsId}
          className="input settings-form__sections"
          data-testid="settings-sections"
          rows={4}
          value={value.sections.join('\n')}
          placeholder={t('settings.sectionsPlaceholder')}
          onChange={(event) =>
            onChange({
              ...value,
              // One section per line; blank lines are just spacing, dropped when the form is saved.
              sections: event.target.value.split('\n').map((line) => line.trimStart()),
            })
          }
        />
      </div>
    </section>
  );
}
