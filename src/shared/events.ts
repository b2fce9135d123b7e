/**
 * Pushes from main to the renderer: the second, smaller contract. The desktop app delivers them
 * over IPC, browser mode as server-sent events on /api/events.
 */
export interface Events {
  /**
   * Stories arrived or changed outside the window (watched folder, feed, CLI in the app, and
   * `elsewhere`: another process, such as the command line, wrote them to the store).
   */
  'stories.changed': {
    reason: 'watch' | 'feed' | 'menu-import' | 'restore' | 'sample' | 'elsewhere';
    imported: number;
    updated: number;
    failed: number;
    /** The stories a wire update changed: an editor that has one open says it is out of date. */
    updatedIds?: number[];
  };
  /**
   * An edition was made or changed (its order, items, sections or fields), by any window, the
   * CLI in this process or another process: boards open on it fetch it again, and the list of
   * editions follows. `revision` is the edition's after the change.
   */
  'digests.changed': { id: number; revision: number };
  /**
   * An editor saved a story (or restored one of its revisions): windows that have it open under
   * another editing session say it changed. `session` is the saving editor's, if it named one.
   */
  'story.saved': { id: number; revision: number; session: string | null };
  /**
   * A story's annotation was made, changed (status, speaker, source, a note) or deleted. Open
   * windows load a change again; one made or deleted comes with its mark in a save of the body
   * (`story.saved`), which the window takes with the text.
   */
  'annotations.changed': { storyId: number; id: string; change: 'created' | 'updated' | 'deleted' };
  /** The feed schedule checked these subscriptions (whatever came of it): their rows moved. */
  'feeds.checked': { ids: number[] };
  /**
   * The watched folder's list of what it may not read changed (a file named, or gone): the
   * Sources pane loads `watch.get` again. Files taken or failed say so by `stories.changed`.
   */
  'watch.changed': Record<string, never>;
  /** A desktop menu item chose one of the window's commands (the palette's ids, or `palette`). */
  'menu.command': { id: string };
  /** New stories worth telling the editor about, gathered so that a busy wire does not nag. */
  'arrivals.notice': ArrivalNotice;
}

export interface ArrivalNotice {
  /** Stories in this notice. */
  count: number;
  /** How many of them are flash or urgent (IPTC urgency 1–2). */
  urgent: number;
  /** The first urgent story's headline, else the first story's. */
  headline: string;
  storyId: number;
}

export type EventName = keyof Events;

export const EVENT_CHANNEL = 'edition:event';

export interface EventMessage<K extends EventName = EventName> {
  name: K;
  payload: Events[K];
}
