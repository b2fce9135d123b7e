import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { call } from '@renderer/api/client';
import { usePageLeave } from '@renderer/lib/usePageLeave';
import { StorySaver } from './storySaver';

/**
 * One saver per opened story (the caller is keyed by story id). Pending changes are flushed when
 * the story is closed, when the window is hidden and before it unloads. Its state (saving,
 * saved…) is read where it is shown (SaveStatus): the workspace around a long story and its
 * hundreds of annotations should not render again at every keystroke and every save.
 */
export function useStorySaver(
  story: Story,
  onSaved: (answer: ResponseOf<'stories.save'>) => void,
): StorySaver {
  const [saver] = useState(
    () =>
      new StorySaver({
        id: story.id,
        revision: story.revision,
        // One editing session per opened story: its autosaves fold into a revision per few
        // minutes in the store's history.
        session: crypto.randomUUID(),
        save: (req) => call('stories.save', req),
      }),
  );

  useEffect(() => {
    saver.onSaved(onSaved);
    return () => saver.onSaved(null);
  }, [saver, onSaved]);

  const flush = useCallback(() => void saver.flush(), [saver]);
  // Leaving the page closes the story: its copy is saved even over a change made elsewhere.
  const close = useCallback(() => void saver.close(), [saver]);
  usePageLeave({ onHidden: flush, onLeave: close });
  // The story is being closed (another one opened, or the pane unmounted).
  useEffect(() => close, [close]);

  return saver;
}
