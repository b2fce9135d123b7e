import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { INBOX_PAGE } from './page';

/** The most stories one reload asks for (the request's own limit). */
const MAX_RELOAD = 500;

export interface StoryPages {
  /** The stories loaded so far, in inbox order; null until the first answer. */
  stories: StorySummary[] | null;
  /** The search these stories answer: while typing, the previous answer stays until the next. */
  search: string;
  /** True once the last page came back short: there is nothing further down. */
  complete: boolean;
  /** Asks for the page after the last loaded story (once; repeated calls wait for it). */
  loadMore: () => void;
}

interface Listing {
  search: string;
  stories: StorySummary[];
  ids: Set<number>;
  complete: boolean;
}

const request = (search: string, limit: number, after?: number) => ({
  ...(search ? { search } : {}),
  limit,
  ...(after !== undefined ? { after } : {}),
});

/**
 * The inbox, a page at a time, for a search. A new search asks at once (the store answers in
 * milliseconds, so there is no debounce) and an answer to an older one is dropped. `version`
 * changes whenever the store may have changed (import, save): the stories already shown are
 * reloaded in one request, up to MAX_RELOAD, so an arrival does not throw the editor back to
 * the top. Until the first answer the list is null (loading); later answers replace the list
 * without blanking it, so the inbox does not flicker while typing.
 */
export function useStoryPages(search: string, version: number): StoryPages {
  const reportError = useReportError();
  const [listing, setListing] = useState<Listing | null>(null);
  // The same listing, for callbacks that must read the latest one without re-subscribing.
  const shown = useRef<Listing | null>(null);
  const publish = useCallback((next: Listing) => {
    shown.current = next;
    setListing(next);
  }, []);
  // Each first-page request is a generation; a page or answer from an older one is dropped.
  const generation = useRef(0);
  const pageInFlight = useRef(false);

  useEffect(() => {
    const query = search.trim();
    const current = ++generation.current;
    pageInFlight.current = false;
    const previous = shown.current;
    const limit =
      previous && previous.search === query
        ? Math.min(MAX_RELOAD, Math.max(INBOX_PAGE, previous.stories.length))
        : INBOX_PAGE;
    call('stories.list', request(query, limit))
      .then((stories) => {
        if (generation.current !== current) return;
        publish({
          search: query,
          stories,
          ids: new Set(stories.map((story) => story.id)),
          complete: stories.length < limit,
        });
      })
      .catch(reportError);
  }, [search, version, reportError, publish]);

  const loadMore = useCallback(() => {
    const from = shown.current;
    if (!from || from.complete || pageInFlight.current) return;
    pageInFlight.current = true;
    const current = generation.current;
    call('stories.list', request(from.search, INBOX_PAGE, from.stories.at(-1)?.id))
      .then((page) => {
        if (generation.current !== current) return;
        pageInFlight.current = false;
        const listed = shown.current!;
        // A story whose wire time changed may turn up on a later page too: shown once.
        const fresh = page.filter((story) => !listed.ids.has(story.id));
        for (const story of fresh) listed.ids.add(story.id);
        publish({
          ...listed,
          stories: [...listed.stories, ...fresh],
          complete: page.length < INBOX_PAGE,
        });
      })
      .catch((error: unknown) => {
        if (generation.current === current) pageInFlight.current = false;
        reportError(error);
      });
  }, [reportError, publish]);

  return {
    stories: listing?.stories ?? null,
    search: listing?.search ?? search.trim(),
    complete: listing?.complete ?? false,
    loadMore,
  };
}
