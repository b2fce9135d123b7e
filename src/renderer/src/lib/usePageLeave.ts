import { useEffect } from 'react';

/**
 * What to do when the page is hidden (another tab, the window minimised: it may come back) and
 * when it goes away (a reload, the window closed: `pagehide`, `beforeunload`; either or both
 * may come, so `onLeave` is to do no harm called twice). A save waiting for typing to stop would
 * otherwise never be sent. Sent on leaving, its request still arrives, since the browser
 * transport sends small requests with `keepalive`; but the page will see no answer, so nothing
 * sent then may wait for one.
 */
export function usePageLeave({
  onHidden,
  onLeave,
}: {
  onHidden?: () => void;
  onLeave?: () => void;
}): void {
  useEffect(() => {
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') onHidden?.();
    };
    const leave = (): void => onLeave?.();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
    };
  }, [onHidden, onLeave]);
}
