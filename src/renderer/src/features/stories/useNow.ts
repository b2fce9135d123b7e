import { useEffect, useState } from 'react';

/** setTimeout's longest wait; a later deadline is reached in steps. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * A time to render with, moved forward when `deadlineOf(now)` passes (an embargo running out).
 * Without a deadline nothing ticks: a list of cards does not re-render every minute for nothing.
 */
export function useNow(deadlineOf: (now: number) => number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const deadline = deadlineOf(now);
  useEffect(() => {
    if (deadline === null) return;
    // A little after the deadline, so that the next render is surely past it.
    const wait = Math.min(Math.max(deadline - Date.now(), 0) + 250, MAX_TIMER_MS);
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [deadline, now]);
  return now;
}
