import { useEffect } from 'react';
import { editorPreparation } from './prepareEditor';

/**
 * A step takes up to ~25 ms: it runs only when the browser has 40 ms or more with nothing to do
 * (it offers at most 50), so not between the frames of a drag or a scroll; between keystrokes
 * only when they are that far apart, in the first seconds after the app starts.
 */
const MIN_IDLE_MS = 40;

/**
 * Runs the editor once, unseen, while the app is idle after it starts (see prepareEditor): one
 * step per long idle moment (each measured in the performance timeline as
 * `edition:editor-prepare-step`). A step that fails ends the preparation, which only ever saves
 * time.
 */
export function usePreparedEditor(): void {
  useEffect(() => {
    const { steps, dispose } = editorPreparation();
    let idle = 0;
    const next = (deadline: IdleDeadline): void => {
      if (deadline.timeRemaining() >= MIN_IDLE_MS) {
        try {
          const started = performance.now();
          steps.shift()?.();
          performance.measure('edition:editor-prepare-step', { start: started });
        } catch (error) {
          console.warn('Preparing the editor failed', error);
          steps.length = 0;
          dispose();
        }
      }
      if (steps.length > 0) idle = requestIdleCallback(next);
    };
    idle = requestIdleCallback(next);
    return () => {
      cancelIdleCallback(idle);
      dispose();
    };
  }, []);
}
