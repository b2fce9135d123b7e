import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalNotice } from '@shared/events';
import { listenToMain } from '@renderer/api/events';
import { navigate } from '@renderer/app/routing/route';
import './notices.css';

/** Ordinary notices step aside by themselves; urgent ones stay until the editor acts. */
const QUIET_AFTER_MS = 15_000;

/**
 * Arrivals from feeds and the watched folder, already gathered by main (one notice a minute at
 * most, flash items at once). A polite live region: announced, never stealing focus.
 */
export function ArrivalToast(): React.JSX.Element {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<ArrivalNotice | null>(null);

  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name === 'arrivals.notice') setNotice(message.payload as ArrivalNotice);
      }),
    [],
  );

  useEffect(() => {
    if (!notice || notice.urgent > 0) return;
    const timer = setTimeout(() => setNotice(null), QUIET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div className="arrival-toast-region" role="status" aria-live="polite">
      {notice && (
        <div
          className={`arrival-toast${notice.urgent > 0 ? ' arrival-toast--urgent' : ''}`}
          data-testid="arrival-toast"
        >
          <p className="arrival-toast__title">
            {notice.urgent > 0
              ? t('notices.urgent', { count: notice.urgent })
              : t('notices.arrived', { count: notice.count })}
          </p>
          <p className="arrival-toast__headline">{notice.headline}</p>
          <div className="arrival-toast__actions">
            <button
              type="button"
              className="button button--small button--primary"
              data-testid="arrival-open"
              onClick={() => {
                navigate({ storyId: notice.storyId, view: undefined });
                setNotice(null);
              }}
            >
              {t('notices.open')}
            </button>
            <button type="button" className="button button--small" onClick={() => setNotice(null)}>
              {t('notices.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
