import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationStatus } from '@shared/model';
import { ANNOTATION_STATUSES } from './status';

/** The annotation's status; the dot beside it repeats the colour its marks have in the text. */
export function StatusSelect({
  value,
  onChange,
}: {
  value: AnnotationStatus;
  onChange: (status: AnnotationStatus) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className={`status-select status-select--${value}`}>
      <label htmlFor={id} className="visually-hidden">
        {t('annotations.status')}
      </label>
      <span className="status-dot" aria-hidden="true" />
      <select
        id={id}
        className="status-select__input"
        data-testid="annotation-status"
        value={value}
        onChange={(event) => onChange(event.target.value as AnnotationStatus)}
      >
        {ANNOTATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`annotations.statuses.${status}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
