import { useTranslation } from 'react-i18next';
import type { DrawerBadges, DrawerTab } from './DrawerContext';

const TEST_IDS: Record<DrawerTab, string> = {
  digest: 'drawer-tab-digest',
  annotations: 'annotations-tab',
  revisions: 'revisions-button',
};

/** A number on a tab, read out in words ("3 suggestions") rather than as a bare figure. */
function CountBadge({
  shown,
  spoken,
  variant,
  testId,
}: {
  shown: string;
  spoken: string;
  variant?: 'orphaned' | 'suggested';
  testId?: string;
}): React.JSX.Element {
  return (
    <>
      <span
        className={variant ? `drawer__count drawer__count--${variant}` : 'drawer__count'}
        data-testid={testId}
        title={spoken}
        aria-hidden="true"
      >
        {shown}
      </span>
      <span className="visually-hidden">{`, ${spoken}`}</span>
    </>
  );
}

export function DrawerTabButton({
  tab,
  selected,
  badges,
  onSelect,
}: {
  tab: DrawerTab;
  selected: boolean;
  badges: DrawerBadges | null;
  onSelect: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="tab"
      id={`drawer-tab-${tab}`}
      className="drawer__tab"
      data-testid={TEST_IDS[tab]}
      aria-selected={selected}
      aria-controls={`drawer-panel-${tab}`}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
    >
      {t(`drawer.tabs.${tab}`)}
      {tab === 'annotations' && badges !== null && (
        <span className="drawer__counts">
          {badges.orphaned > 0 && (
            <CountBadge
              shown={t('drawer.orphanedGlyph', { count: badges.orphaned })}
              spoken={t('drawer.orphanedCount', { count: badges.orphaned })}
              variant="orphaned"
            />
          )}
          {badges.suggestions > 0 && (
            <CountBadge
              shown={t('drawer.suggestionGlyph', { count: badges.suggestions })}
              spoken={t('drawer.suggestionCount', { count: badges.suggestions })}
              variant="suggested"
              testId="suggestions-count"
            />
          )}
        </span>
      )}
    </button>
  );
}
