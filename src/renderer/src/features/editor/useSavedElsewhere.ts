import { useEffect, useState } from 'react';
import type { Events } from '@shared/events';
import { listenToMain } from '@renderer/api/events';
import type { StorySaver } from './storySaver';

/**
 * Whether the story open here was saved in another window since: that window's text is the
 * story now, and this one would be saved over it (kept as a revision) at the next keystroke, so
 * the editor is told at once rather than only when typing meets the conflict.
 */
export function useSavedElsewhere(storyId: number, saver: StorySaver): boolean {
  const [elsewhere, setElsewhere] = useState(false);
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'story.saved') return;
        const saved = message.payload as Events['story.saved'];
        if (saved.id === storyId && saver.savedElsewhere(saved)) setElsewhere(true);
      }),
    [storyId, saver],
  );
  return elsewhere;
}
