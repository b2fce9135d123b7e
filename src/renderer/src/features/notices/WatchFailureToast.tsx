import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Events } from '@shared/events';
import { listenToMain } from '@renderer/api/events';
import './notices.css';

/**
 * Files the watched folder could not import went to its failed/ subfolder, where nobody in the
 * window would look: this says so, and where to read why (Sources). It stays until dismissed,
 * counting the failures that keep coming meanwhile.
 */
export function WatchFailureToast(): React.JSX.Element {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(0);

  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'stories.changed') return;
        const change = message.payload as Events['stories.changed'];
        if (change.reason === 'watch' && change.failed > 0)
          setFailed((count) => count + change.failed);
      }),
    [],
  );

  return (
    <div className="arrival-toast-region" role="status" aria-live="polite">
      {failed > 0 && (
        <div className="arrival-toast arrival-toast--urgent" data-testid="watch-failure-toast">
          <p className="arrival-toast__title">{t('notices.watchFailed', { count: failed })}</p>
          <p className="arrival-toast__headline">
            {t('notices.watchFailedWhere', { count: failed })}
          </p>
          <div className="arrival-toast__actions">
            <button type="button" className="button button--small" onClick={() => setFailed(0)}>
              {t('notices.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
