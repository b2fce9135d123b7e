import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@renderer/features/stories/dates';
import { useDigests } from './DigestContext';

export function DigestSelect(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { summaries, currentId, choose } = useDigests();
  const id = useId();
  const known = summaries?.some((digest) => digest.id === currentId) ?? false;
  return (
    <div className="field">
      <label htmlFor={id}>{t('digest.choose')}</label>
      <select
        id={id}
        className="input"
        data-testid="digest-select"
        value={currentId !== null && known ? String(currentId) : ''}
        disabled={!summaries || summaries.length === 0}
        onChange={(event) => choose(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{t('digest.choosePlaceholder')}</option>
        {summaries?.map((digest) => (
          <option key={digest.id} value={digest.id}>
            {t('digest.option', {
              // As the board's list writes it: one date, one way, on one screen.
              date: formatDay(digest.date, i18n.language),
              title: digest.title || t('digest.untitled'),
              count: digest.itemCount,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
