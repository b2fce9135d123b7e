/**
 * Pushes from main to the renderer: the second, smaller contract. The desktop app delivers them
 * over IPC, browser mode as server-sent events on /api/events.
 */
export interface Events {
  /** Stories arrived or changed outside the window (watched folder, feed, CLI in the app). */
  'stories.changed': {
    reason: 'watch' | 'feed' | 'menu-import' | 'restore' | 'sample';
    imported: number;
    updated: number;
    failed: number;
  };
}

export type EventName = keyof Events;

export const EVENT_CHANNEL = 'edition:event';

export interface EventMessage<K extends EventName = EventName> {
  name: K;
  payload: Events[K];
}
