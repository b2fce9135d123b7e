import { useEffect } from 'react';
import { editorPreparationSteps } from './prepareEditor';

/**
 * Runs the editor once, unseen, while the app is idle after it starts (see prepareEditor): one
 * step per idle moment.
 */
export function usePreparedEditor(): void {
  useEffect(() => {
    const steps = editorPreparationSteps();
    let idle = 0;
    const next = (): void => {
      const step = steps.shift();
      if (!step) return;
      step();
      idle = requestIdleCallback(next, { timeout: 3000 });
    };
    idle = requestIdleCallback(next, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
}
