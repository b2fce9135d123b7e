/**
 * Pushes from main: `window.events` in the desktop app, server-sent events on /api/events in
 * browser mode (same origin, so the session cookie authorises it; EventSource reconnects by
 * itself after a drop).
 */
import type { EventMessage } from '@shared/events';

export function listenToMain(listener: (message: EventMessage) => void): () => void {
  if (window.events) return window.events.listen(listener);
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/api/events');
  source.onmessage = (event: MessageEvent<string>) => {
    try {
      listener(JSON.parse(event.data) as EventMessage);
    } catch {
      // A malformed frame is dropped; the next one is independent.
    }
  };
  return () => source.close();
}
