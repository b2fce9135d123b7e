import { useEffect } from 'react';
import { runWhenIdle } from '@renderer/lib/runWhenIdle';
import { editorPreparation } from './prepareEditor';

/**
 * Runs the editor once, unseen, while the app is idle after it starts (see prepareEditor), its
 * steps measured as `edition:editor-prepare-step`. A step that fails ends the preparation, which
 * only ever saves time.
 */
export function usePreparedEditor(): void {
  useEffect(() => {
    const { steps, dispose } = editorPreparation();
    const stop = runWhenIdle('editor-prepare', steps, dispose);
    return () => {
      stop();
      dispose();
    };
  }, []);
}
