import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/routing/route';

/** Opens the edition board: sections, order, fields, checks and export, in place of the panes. */
export function OpenBoardButton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--primary digest-view__board"
      data-testid="open-edition-board"
      onClick={() => navigate({ view: 'board' })}
    >
      {t('edition.open')}
    </button>
  );
}
