import { useEffect } from 'react';

/**
 * Calls `flush` when the page goes away (reload, window closed) or is hidden: a save waiting for
 * typing to stop would otherwise never be sent. Its request still arrives, since the browser
 * transport sends small requests with `keepalive`.
 */
export function useFlushOnPageLeave(flush: () => void): void {
  useEffect(() => {
    const flushIfHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', flushIfHidden);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushIfHidden);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, [flush]);
}
