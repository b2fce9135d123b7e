import { useEffect } from 'react';
import { editorPreparationSteps } from './prepareEditor';

/**
 * A step takes up to ~25 ms: it runs only when the browser has that long and more with nothing
 * to do (at most 50 ms), never between the frames of a drag, a scroll or typing.
 */
const MIN_IDLE_MS = 40;

/**
 * Runs the editor once, unseen, while the app is idle after it starts (see prepareEditor): one
 * step per long idle moment.
 */
export function usePreparedEditor(): void {
  useEffect(() => {
    const steps = editorPreparationSteps();
    let idle = 0;
    const next = (deadline: IdleDeadline): void => {
      if (deadline.timeRemaining() >= MIN_IDLE_MS) steps.shift()?.();
      if (steps.length > 0) idle = requestIdleCallback(next);
    };
    idle = requestIdleCallback(next);
    return () => cancelIdleCallback(idle);
  }, []);
}
