import { createContext, useContext } from 'react';

/** The right-hand pane's tabs: the digest always; the open story's panels while one is open. */
export type DrawerTab = 'digest' | 'annotations' | 'revisions';
export type StoryPanel = Exclude<DrawerTab, 'digest'>;

/** What the tabs show of the open story's panels without opening them. */
export interface DrawerBadges {
  orphaned: number;
  suggestions: number;
}

export interface DrawerApi {
  tab: DrawerTab;
  setTab: (tab: DrawerTab) => void;
  /** Where the open story renders each of its panels (a portal keeps them in its editor's tree). */
  slots: Record<StoryPanel, HTMLElement | null>;
  setSlot: (panel: StoryPanel, element: HTMLElement | null) => void;
  badges: DrawerBadges | null;
  setBadges: (badges: DrawerBadges | null) => void;
}

export const DrawerContext = createContext<DrawerApi | null>(null);

export function useDrawer(): DrawerApi {
  const drawer = useContext(DrawerContext);
  if (drawer === null) throw new Error('useDrawer outside DrawerContext');
  return drawer;
}
