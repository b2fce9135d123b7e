import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/routing/route';
import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import { boardFirstControl } from '@renderer/features/edition/focus';
import { useDigests } from './DigestContext';

export function ExportHtmlButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { current, exportHtml } = useDigests();
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const disabled = busy || current === null;
  return (
    <div className="digest-export">
      <button
        type="button"
        className="button"
        data-testid="export-html"
        disabled={disabled}
        title={current === null ? t('digest.exportNeedsDigest') : t('digest.exportTitle')}
        onClick={(event) => {
          const button = event.currentTarget;
          setBusy(true);
          setBlocked(false);
          void exportHtml()
            .then((outcome) => setBlocked(outcome === 'blocked'))
            .finally(() => {
              setBusy(false);
              refocusIfDropped(() => button);
            });
        }}
      >
        {busy ? t('digest.exporting') : t('digest.exportHtml')}
      </button>
      {blocked && (
        <p className="digest-export__blocked" role="alert" data-testid="export-html-blocked">
          {t('digest.exportBlocked')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={(event) => {
              navigate({ view: 'board' });
              refocusIfDropped(boardFirstControl, event.currentTarget);
            }}
          >
            {t('digest.exportBlockedReview')}
          </button>
        </p>
      )}
    </div>
  );
}
