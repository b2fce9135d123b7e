import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '@renderer/features/settings/LanguageSelect';
import { ImportButtons } from '@renderer/features/import/ImportButtons';
import type { Importer } from '@renderer/features/import/useImport';
import { SourcesButton } from '@renderer/features/sources/SourcesButton';
import { BackupsButton } from '@renderer/features/backups/BackupsButton';
import { SettingsButton } from '@renderer/features/settings/SettingsButton';
import './AppHeader.css';

export function AppHeader({
  importer,
  onStoriesChanged,
  onOpen,
}: {
  importer: Importer;
  onStoriesChanged: () => void;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="app-header__name">{t('app.name')}</h1>
      <p className="app-header__tagline">{t('app.tagline')}</p>
      <div className="app-header__actions">
        <ImportButtons importer={importer} />
        <SourcesButton onStoriesChanged={onStoriesChanged} onOpen={onOpen} />
        <BackupsButton />
        <SettingsButton />
        <LanguageSelect />
      </div>
    </header>
  );
}
