import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '@renderer/features/stories/dates';
import { useDigests } from '@renderer/features/digest/DigestContext';
import { editionTwins } from './editionTwins';

/** Every edition by date, newest first. */
export function EditionsSelect(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { summaries, currentId, choose } = useDigests();
  const id = useId();
  const sorted = useMemo(
    () =>
      [...(summaries ?? [])].sort(
        (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
      ),
    [summaries],
  );
  const twins = useMemo(() => editionTwins(sorted), [sorted]);
  const known = sorted.some((digest) => digest.id === currentId);
  return (
    <div className="edition-bar__select">
      <label className="visually-hidden" htmlFor={id}>
        {t('edition.list.label')}
      </label>
      <select
        id={id}
        className="input input--small"
        data-testid="edition-select"
        value={currentId !== null && known ? String(currentId) : ''}
        onChange={(event) => choose(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{t('edition.list.placeholder')}</option>
        {sorted.map((digest) => (
          <option key={digest.id} value={digest.id}>
            {t('edition.list.option', {
              date: formatDay(digest.date, i18n.language),
              title: digest.title || t('digest.untitled'),
              count: digest.itemCount,
            })}
            {twins.has(digest.id) &&
              t('edition.list.made', {
                id: digest.id,
                time: formatDateTime(digest.createdAt, i18n.language),
              })}
          </option>
        ))}
      </select>
    </div>
  );
}
