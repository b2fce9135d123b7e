import { useTranslation } from 'react-i18next';

export function PaneCrashed({
  error,
  onRetry,
}: {
  error: Error;
  onRetry: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="pane-crashed" role="alert">
      <p>{t('errors.paneCrashed')}</p>
      <p className="muted">{error.message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
