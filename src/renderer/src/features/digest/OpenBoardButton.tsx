import { useTranslation } from 'react-i18next';
import { navigate } from '@renderer/app/routing/route';
import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import { boardFirstControl } from '@renderer/features/edition/focus';

/** Opens the edition board: sections, order, fields, checks and export, in place of the panes. */
export function OpenBoardButton(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--primary digest-view__board"
      data-testid="open-edition-board"
      onClick={(event) => {
        navigate({ view: 'board' });
        // On from the board's first control (back to the panes), not the page's top.
        refocusIfDropped(boardFirstControl, event.currentTarget);
      }}
    >
      {t('edition.open')}
    </button>
  );
}
