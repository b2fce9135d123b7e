import { useEffect } from 'react';
import { listenToMain } from '@renderer/api/events';

/**
 * Stories also arrive without the window's doing: feeds polled and the watched folder, in the
 * serving process, which pushes `stories.changed`; the lists reload when it does.
 */
export function useArrivals(onArrived: () => void): void {
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name === 'stories.changed') onArrived();
      }),
    [onArrived],
  );
}
