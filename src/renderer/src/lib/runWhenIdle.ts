/**
 * A step takes up to ~25 ms: it runs only when the browser has 40 ms or more with nothing to do
 * (it offers at most 50), so not between the frames of a drag or a scroll; between keystrokes
 * only when they are that far apart.
 */
const MIN_IDLE_MS = 40;

/**
 * Work that only saves time later (readying what the first use would pay for), run one step per
 * long idle moment; each step is measured in the performance timeline as `edition:<name>-step`.
 * A step that fails ends the work: it is reported to the console, and `onStop` runs. Returns what
 * stops it early.
 */
export function runWhenIdle(name: string, steps: (() => void)[], onStop?: () => void): () => void {
  const left = [...steps];
  let idle = 0;
  const next = (deadline: IdleDeadline): void => {
    if (deadline.timeRemaining() >= MIN_IDLE_MS) {
      try {
        const started = performance.now();
        left.shift()?.();
        performance.measure(`edition:${name}-step`, { start: started });
      } catch (error) {
        console.warn(`Idle work "${name}" failed`, error);
        left.length = 0;
        onStop?.();
      }
    }
    if (left.length > 0) idle = requestIdleCallback(next);
  };
  idle = requestIdleCallback(next);
  return () => cancelIdleCallback(idle);
}
