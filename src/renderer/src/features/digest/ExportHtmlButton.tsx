import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDigests } from './DigestContext';

export function ExportHtmlButton(): React.JSX.Element {
  const { t } = useTranslation();
  const { current, exportHtml } = useDigests();
  const [busy, setBusy] = useState(false);
  const disabled = busy || current === null;
  return (
    <button
      type="button"
      className="button"
      data-testid="export-html"
      disabled={disabled}
      title={current === null ? t('digest.exportNeedsDigest') : t('digest.exportTitle')}
      onClick={() => {
        setBusy(true);
        void exportHtml().finally(() => setBusy(false));
      }}
    >
      {busy ? t('digest.exporting') : t('digest.exportHtml')}
    </button>
  );
}
