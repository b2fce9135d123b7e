import { useEffect, useRef } from 'react';
import { call } from '@renderer/api/client';

const CHECK_EVERY_MS = 30_000;

/**
 * Stories also arrive without the window's doing: feeds polled and the watched folder, in the
 * serving process. While the window is visible, a small look every half minute at the newest
 * story tells whether the lists should reload.
 */
export function useArrivals(onArrived: () => void): void {
  const lastSeen = useRef<string | null>(null);

  useEffect(() => {
    let stopped = false;
    const look = (): void => {
      if (document.visibilityState !== 'visible') return;
      call('stories.list', { limit: 1 }).then(
        (list) => {
          if (stopped) return;
          const newest = list[0];
          const mark = newest ? `${newest.id}:${newest.updatedAt}` : '';
          if (lastSeen.current !== null && lastSeen.current !== mark) onArrived();
          lastSeen.current = mark;
        },
        // A missed look is not worth an alert: the next one, or any action, catches up.
        () => undefined,
      );
    };
    look();
    const timer = setInterval(look, CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [onArrived]);
}
