/**
 * What the window shows, kept in the URL hash (`#/story/3/digest/2`) so that a reload or a
 * bookmark reopens the same story and digest. The hash never leaves the machine.
 */
export interface Route {
  storyId: number | null;
  digestId: number | null;
  /** `board`: the edition board replaces the three panes (`#/digest/2/view/board`). */
  view?: 'board';
}

const KEYS = { story: 'storyId', digest: 'digestId' } as const;

function positiveInt(text: string | undefined): number | null {
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return value > 0 ? value : null;
}

export function parseHash(hash: string): Route {
  const route: Route = { storyId: null, digestId: null };
  const parts = hash.replace(/^#\/?/, '').split('/');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i];
    if (key === 'story' || key === 'digest') route[KEYS[key]] = positiveInt(parts[i + 1]);
    else if (key === 'view' && parts[i + 1] === 'board') route.view = 'board';
  }
  return route;
}

export function formatHash(route: Route): string {
  const parts: string[] = [];
  if (route.storyId !== null) parts.push('story', String(route.storyId));
  if (route.digestId !== null) parts.push('digest', String(route.digestId));
  if (route.view === 'board') parts.push('view', 'board');
  return `#/${parts.join('/')}`;
}

/**
 * Changes part of the route. Opening a story adds a history entry (Back returns to the previous
 * story); `replace` is for choices that should not, such as the digest shown beside it.
 */
export function navigate(patch: Partial<Route>, options: { replace?: boolean } = {}): void {
  const next = formatHash({ ...parseHash(window.location.hash), ...patch });
  if (next === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(null, '', next);
    // replaceState fires no event of its own; tell the subscribers of useRoute.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = next;
  }
}
