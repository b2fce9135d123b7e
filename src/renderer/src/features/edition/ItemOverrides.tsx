import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestItem } from '@shared/model';
import type { BoardActions } from './boardActions';
import { useFollowedValue } from './useFollowedValue';
import { useItemSaver } from './useItemSaver';

/** What the edition shows of a story besides its headline and summary, each a checkbox. */
const SHOWN = [
  { field: 'showByline', testId: 'item-show-byline', label: 'edition.item.showByline' },
  { field: 'showSource', testId: 'item-show-source', label: 'edition.item.showSource' },
  { field: 'showImage', testId: 'item-show-image', label: 'edition.item.showImage' },
  { field: 'showBody', testId: 'item-show-body', label: 'edition.item.showBody' },
] as const satisfies readonly { field: keyof DigestItem; testId: string; label: string }[];

/**
 * The digest's own summary for a story (the story itself is not changed), and what the edition
 * shows with it. The summary is saved a moment after typing stops and when leaving the field;
 * emptied, the story's own is used again. The headline is edited on the row itself.
 */
export function ItemOverrides({
  item,
  actions,
}: {
  item: DigestItem;
  actions: BoardActions;
}): React.JSX.Element {
  const { t } = useTranslation();
  const summaryId = useId();
  const saver = useItemSaver(item.id, actions);
  // Changed elsewhere (another window, an undo): shown, unless typing here is still to be saved,
  // which then wins (it is sent over it).
  const [summary, setSummary] = useFollowedValue(
    item.summaryOverride ?? '',
    saver.status !== 'saved',
    (value, stored) => value.trim() === stored,
  );
  const toggle = (patch: Parameters<typeof saver.change>[0]): void => {
    saver.change(patch);
    saver.flush();
  };

  return (
    <div className="item-overrides" role="group" aria-label={t('edition.item.overridesLabel')}>
      <div className="field">
        <label htmlFor={summaryId}>{t('edition.item.summaryOverride')}</label>
        <textarea
          id={summaryId}
          className="input textarea"
          data-testid="item-summary-override"
          rows={3}
          value={summary}
          placeholder={item.excerpt}
          maxLength={5000}
          onChange={(event) => {
            setSummary(event.target.value);
            saver.change({ summaryOverride: event.target.value.trim() || null });
          }}
          onBlur={saver.flush}
        />
      </div>
      <fieldset className="item-overrides__show">
        <legend>{t('edition.item.show')}</legend>
        {SHOWN.map(({ field, testId, label }) => (
          <label key={field}>
            <input
              type="checkbox"
              data-testid={testId}
              checked={item[field]}
              onChange={(event) => toggle({ [field]: event.target.checked })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {item.headlineOverride && (
        <button
          type="button"
          className="link-button item-overrides__reset"
          data-testid="item-headline-reset"
          onClick={() => toggle({ headlineOverride: null })}
        >
          {t('edition.item.useStoryHeadline', { headline: item.storyHeadline })}
        </button>
      )}
      <p className="item-overrides__status muted" role="status" data-testid="item-save-status">
        {t(`edition.item.status.${saver.status}`)}
      </p>
    </div>
  );
}
