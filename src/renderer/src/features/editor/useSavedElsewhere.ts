import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Events } from '@shared/events';
import { listenToMain } from '@renderer/api/events';
import type { StorySaver } from './storySaver';

/**
 * Whether the story open here was saved in another window since: that window's text is the
 * story now, and the editor is told at once rather than only when typing meets the conflict.
 * No longer once this editor's own text is the newer again ("keep mine" saved over it).
 */
export function useSavedElsewhere(storyId: number, saver: StorySaver): boolean {
  const [announced, setAnnounced] = useState<number | null>(null);
  const revision = useSyncExternalStore(saver.subscribe, () => saver.revision);
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'story.saved') return;
        const saved = message.payload as Events['story.saved'];
        if (saved.id === storyId && saver.savedElsewhere(saved))
          setAnnounced((before) => Math.max(before ?? 0, saved.revision));
      }),
    [storyId, saver],
  );
  return announced !== null && announced > revision;
}
