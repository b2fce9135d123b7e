import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@shared/model';
import type { StoryField } from './storySaver';

type OneLineField = Exclude<StoryField, 'summary'>;

const ONE_LINE: OneLineField[] = ['byline', 'dateline', 'source'];

/**
 * The story's own fields beside the body: standfirst (summary), byline, dateline and source.
 * Each change goes to the autosave with the body; an emptied field clears the stored value.
 */
export function StoryFields({
  story,
  onChange,
}: {
  story: Story;
  onChange: (field: StoryField, value: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<StoryField, string>>({
    summary: story.summary ?? '',
    byline: story.byline ?? '',
    dateline: story.dateline ?? '',
    source: story.source ?? '',
  });
  const summaryId = useId();
  const baseId = useId();

  const change = (field: StoryField, value: string): void => {
    setValues((previous) => ({ ...previous, [field]: value }));
    onChange(field, value);
  };

  return (
    <div className="story-fields">
      <div className="story-field story-field--summary">
        <label htmlFor={summaryId}>{t('fields.summary')}</label>
        <textarea
          id={summaryId}
          className="story-fields__summary"
          dir="auto"
          data-testid="field-summary"
          rows={1}
          value={values.summary}
          placeholder={t('fields.summaryPlaceholder')}
          onChange={(event) => change('summary', event.target.value)}
          spellCheck
        />
      </div>
      <div className="story-fields__row">
        {ONE_LINE.map((field) => (
          <div className="story-field" key={field}>
            <label htmlFor={`${baseId}-${field}`}>{t(`fields.${field}`)}</label>
            <input
              id={`${baseId}-${field}`}
              className="input input--small story-fields__input"
              dir="auto"
              data-testid={`field-${field}`}
              value={values[field]}
              placeholder={t(`fields.${field}Placeholder`)}
              onChange={(event) => change(field, event.target.value)}
              autoComplete="off"
              spellCheck={field === 'byline'}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
