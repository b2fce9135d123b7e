import { useCallback, useMemo, useState } from 'react';
import type { DrawerApi, DrawerBadges, DrawerTab, StoryPanel } from './DrawerContext';

function sameBadges(a: DrawerBadges | null, b: DrawerBadges | null): boolean {
  if (a === null || b === null) return a === b;
  return a.orphaned === b.orphaned && a.suggestions === b.suggestions;
}

/** The drawer's state, kept at the top so that the tab chosen survives opening another story. */
export function useDrawerState(storyOpen: boolean): DrawerApi {
  const [chosen, setTab] = useState<DrawerTab>('digest');
  const [slots, setSlots] = useState<DrawerApi['slots']>({ annotations: null, revisions: null });
  const [badges, setBadgesState] = useState<DrawerBadges | null>(null);

  const setSlot = useCallback((panel: StoryPanel, element: HTMLElement | null) => {
    setSlots((previous) =>
      previous[panel] === element ? previous : { ...previous, [panel]: element },
    );
  }, []);
  const setBadges = useCallback((next: DrawerBadges | null) => {
    setBadgesState((previous) => (sameBadges(previous, next) ? previous : next));
  }, []);
  // With no story open only the digest has something to show.
  const tab: DrawerTab = storyOpen ? chosen : 'digest';

  return useMemo(
    () => ({ tab, setTab, slots, setSlot, badges, setBadges }),
    [tab, slots, setSlot, badges, setBadges],
  );
}
