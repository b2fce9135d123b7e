/**
 * Pushes from main: `window.events` in the desktop app, server-sent events on /api/events in
 * browser mode (same origin, so the session cookie authorises it; EventSource reconnects by
 * itself after a drop).
 *
 * One EventSource per page, shared by every listener: each holds an HTTP connection open, and
 * a browser allows six per server — a few listeners in two tabs would starve every request.
 */
import type { EventMessage } from '@shared/events';

type Listener = (message: EventMessage) => void;

const listeners = new Set<Listener>();
let source: EventSource | null = null;

export function listenToMain(listener: Listener): () => void {
  if (window.events) return window.events.listen(listener);
  if (typeof EventSource === 'undefined') return () => undefined;
  listeners.add(listener);
  source ??= openSource();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
    }
  };
}

function openSource(): EventSource {
  const opened = new EventSource('/api/events');
  opened.onmessage = (event: MessageEvent<string>) => {
    let message: EventMessage;
    try {
      message = JSON.parse(event.data) as EventMessage;
    } catch {
      return; // A malformed frame is dropped; the next one is independent.
    }
    for (const listener of [...listeners]) listener(message);
  };
  return opened;
}
