import { useTranslation } from 'react-i18next';

export function DropOverlay(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.dropHere')}</p>
    </div>
  );
}
