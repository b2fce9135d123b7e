import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ShownError } from './ErrorsContext';
import { ErrorDetail } from './ErrorDetail';
import { errorText } from './errorText';
import './AlertRegion.css';

export function AlertRegion({
  errors,
  onDismiss,
  host,
}: {
  errors: ShownError[];
  onDismiss: (key: number) => void;
  /** Where to render instead of the page: an open modal dialog. */
  host: HTMLElement | null;
}): React.ReactNode {
  const { t, i18n } = useTranslation();
  if (errors.length === 0) return null;
  const region = (
    <div className="alert-region" role="alert" aria-label={t('errors.regionLabel')}>
      <ul className="alert-region__list">
        {errors.map((error) => {
          // Said in the interface's language; main's English words stay for support.
          const { text, detail } = errorText(t, i18n.language, error);
          return (
            <li key={error.key} className="alert-region__item" data-error-code={error.code}>
              <div className="alert-region__text">
                <strong>
                  {t(`errors.codes.${error.code}`, { defaultValue: t('errors.codes.internal') })}
                </strong>
                <span>{text}</span>
                <ErrorDetail detail={detail} className="alert-region__detail" />
              </div>
              <button
                type="button"
                className="icon-button"
                onClick={() => onDismiss(error.key)}
                aria-label={t('errors.dismiss')}
                title={t('errors.dismiss')}
              >
                {t('common.closeGlyph')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
  return host ? createPortal(region, host) : region;
}
