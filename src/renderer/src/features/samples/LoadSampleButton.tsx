import { useTranslation } from 'react-i18next';
import { useLoadSampleEdition } from './useLoadSampleEdition';

/**
 * First run: one click imports the project's sample stories and opens the full edition made
 * of them on the board, so a new user sees what Edition is for before bringing any copy.
 */
export function LoadSampleButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { load, loading } = useLoadSampleEdition();

  return (
    <button
      type="button"
      className="button"
      data-testid="load-sample-edition"
      disabled={loading}
      aria-busy={loading}
      onClick={load}
      title={t('samples.loadTitle')}
    >
      {loading ? t('samples.loading') : t('samples.load')}
    </button>
  );
}
