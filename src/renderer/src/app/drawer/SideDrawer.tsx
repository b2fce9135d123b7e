import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDrawer, type DrawerTab } from './DrawerContext';
import { DrawerTabButton } from './DrawerTabButton';
import './drawer.css';

/**
 * The right-hand pane as tabs: the digest (always), and the open story's annotations and
 * revisions. The story renders its panels into the slots here through portals, so they stay
 * in its editor's React tree; hidden panels stay mounted and keep their state.
 */
export function SideDrawer({
  storyOpen,
  digest,
}: {
  storyOpen: boolean;
  digest: ReactNode;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { tab, setTab, setSlot, badges } = useDrawer();
  // Stable callback refs: a new function each render would unset and set the slot every time.
  const annotationsSlot = useCallback(
    (element: HTMLElement | null) => setSlot('annotations', element),
    [setSlot],
  );
  const revisionsSlot = useCallback(
    (element: HTMLElement | null) => setSlot('revisions', element),
    [setSlot],
  );
  const tabs: DrawerTab[] = storyOpen ? ['digest', 'annotations', 'revisions'] : ['digest'];

  return (
    <div className="drawer">
      <div
        className="drawer__tabs"
        role="tablist"
        aria-label={t('drawer.label')}
        onKeyDown={(event) => {
          // Arrow keys move between tabs, as in any tab list; Tab goes on into the panel.
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (step === 0) return;
          event.preventDefault();
          const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
          setTab(next);
          document.getElementById(`drawer-tab-${next}`)?.focus();
        }}
      >
        {tabs.map((name) => (
          <DrawerTabButton
            key={name}
            tab={name}
            selected={tab === name}
            badges={badges}
            onSelect={() => setTab(name)}
          />
        ))}
      </div>
      <div
        className="drawer__panel"
        role="tabpanel"
        id="drawer-panel-digest"
        aria-labelledby="drawer-tab-digest"
        hidden={tab !== 'digest'}
      >
        {digest}
      </div>
      {storyOpen && (
        <>
          <div
            className="drawer__panel"
            role="tabpanel"
            id="drawer-panel-annotations"
            aria-labelledby="drawer-tab-annotations"
            hidden={tab !== 'annotations'}
            ref={annotationsSlot}
          />
          <div
            className="drawer__panel"
            role="tabpanel"
            id="drawer-panel-revisions"
            aria-labelledby="drawer-tab-revisions"
            hidden={tab !== 'revisions'}
            ref={revisionsSlot}
          />
        </>
      )}
    </div>
  );
}
