import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { navigate } from '@renderer/app/routing/route';
import { useDigests } from '@renderer/features/digest/DigestContext';

/**
 * First run: one click imports the project's sample stories and opens the full edition made
 * of them on the board, so a new user sees what Edition is for before bringing any copy.
 */
export function LoadSampleButton(): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const { apply } = useDigests();
  const [loading, setLoading] = useState(false);

  const load = (): void => {
    setLoading(true);
    call('samples.loadEdition', {})
      .then(({ digest }) => {
        apply(digest);
        navigate({ digestId: digest.id, view: 'board' });
      })
      .catch(reportError)
      .finally(() => setLoading(false));
  };

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
