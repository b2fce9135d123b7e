import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '@renderer/features/settings/LanguageSelect';
import { ImportButton } from '@renderer/features/inbox/ImportButton';
import './AppHeader.css';

export function AppHeader({
  importing,
  onImport,
}: {
  importing: boolean;
  onImport: (files: File[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="app-header__name">{t('app.name')}</h1>
      <p className="app-header__tagline">{t('app.tagline')}</p>
      <div className="app-header__actions">
        <ImportButton busy={importing} onFiles={onImport} />
        <LanguageSelect />
      </div>
    </header>
  );
}
