import { useTranslation } from 'react-i18next';
import { useOfferedCommand } from '@renderer/app/commands/CommandsContext';
import { useAuthorName } from '@renderer/features/settings/authorName';

/**
 * A fact-checker's marks and notes are signed with the name set in Settings; with none they
 * say "unknown". Said above the annotations, with the way to set it, until one is set.
 */
export function AuthorNameHint(): React.JSX.Element | null {
  const { t } = useTranslation();
  const name = useAuthorName();
  // The Settings button's command: the dialog opens as from the header.
  const openSettings = useOfferedCommand('open.settings');
  if (name !== null) return null;
  return (
    <p className="author-hint" data-testid="author-name-hint">
      {t('annotations.noAuthorName', { unknown: t('annotations.unknownAuthor') })}{' '}
      {openSettings && (
        <button
          type="button"
          className="link-button"
          data-testid="author-name-set"
          onClick={() => openSettings.run()}
        >
          {t('annotations.setAuthorName')}
        </button>
      )}
    </p>
  );
}
