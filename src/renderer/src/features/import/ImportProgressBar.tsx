import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './importJob';
import { progressPercent, progressText } from './progressText';

export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const text = progressText(t, progress);
  const known = progress.total > 0;
  return (
    <section
      className="import-progress"
      data-testid="import-progress"
      aria-label={t('import.progress.label')}
    >
      <div className="import-progress__row">
        <div
          className={
            known ? 'import-progress__bar' : 'import-progress__bar import-progress__bar--unknown'
          }
          role="progressbar"
          aria-label={t('import.progress.label')}
          aria-valuemin={0}
          aria-valuemax={known ? progress.total : undefined}
          aria-valuenow={known ? progress.done : undefined}
          aria-valuetext={text}
        >
          <div
            className="import-progress__fill"
            style={{ width: known ? `${progressPercent(progress)}%` : undefined }}
          />
        </div>
        <button
          type="button"
          className="button button--small import-progress__cancel"
          data-testid="import-cancel"
          onClick={onCancel}
          disabled={progress.cancelling}
          title={t('import.cancelTitle')}
        >
          {progress.cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </div>
      <p className="import-progress__text" title={text}>
        {text}
      </p>
    </section>
  );
}
