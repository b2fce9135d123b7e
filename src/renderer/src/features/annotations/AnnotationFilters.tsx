import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationStatus } from '@shared/model';
import { ANNOTATION_STATUSES } from './status';
import { NO_SPEAKER, type AnnotationFilter } from './filters';

export function AnnotationFilters({
  filter,
  speakers,
  onChange,
}: {
  filter: AnnotationFilter;
  speakers: string[];
  onChange: (filter: AnnotationFilter) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const statusId = useId();
  const speakerId = useId();
  return (
    <div className="annotation-filters" role="group" aria-label={t('annotations.filterLabel')}>
      <div className="annotation-filters__field">
        <label htmlFor={statusId}>{t('annotations.filterStatus')}</label>
        <select
          id={statusId}
          className="input input--small"
          data-testid="annotation-filter-status"
          value={filter.status}
          onChange={(event) =>
            onChange({ ...filter, status: event.target.value as AnnotationStatus | 'all' })
          }
        >
          <option value="all">{t('annotations.filterAll')}</option>
          {ANNOTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`annotations.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="annotation-filters__field">
        <label htmlFor={speakerId}>{t('annotations.filterSpeaker')}</label>
        <select
          id={speakerId}
          className="input input--small"
          data-testid="annotation-filter-speaker"
          value={filter.speaker}
          onChange={(event) => onChange({ ...filter, speaker: event.target.value })}
        >
          <option value="">{t('annotations.filterAll')}</option>
          {speakers.map((speaker) => (
            <option key={speaker} value={speaker}>
              {speaker}
            </option>
          ))}
          <option value={NO_SPEAKER}>{t('annotations.filterNoSpeaker')}</option>
        </select>
      </div>
    </div>
  );
}
