import { useEffect, useState } from 'react';
import type { PubStatus, WindowFacets, WindowStory } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export type Choice = '' | 'yes' | 'no';

export interface WindowFilters {
  source: string;
  language: string;
  /** A section as the wire names it (a subject). */
  section: string;
  status: '' | PubStatus;
  embargoed: Choice;
  used: Choice;
}

export const NO_FILTERS: WindowFilters = {
  source: '',
  language: '',
  section: '',
  status: '',
  embargoed: '',
  used: '',
};

export function activeFilterCount(filters: WindowFilters): number {
  return Object.values(filters).filter((value) => value !== '').length;
}

const NO_FACETS: WindowFacets = { total: 0, sources: [], languages: [], sections: [] };

/** Stories the list asks for at a time; "Show more" asks for as many again. */
export const WINDOW_PAGE = 300;
/** The most the list shows (the request's own limit): past it, search or filter. */
const MOST = 3000;

interface Loaded {
  key: string;
  stories: WindowStory[];
  failed: boolean;
  /** What was asked: how many at most, and whether a search or filter narrowed the window. */
  limit: number;
  narrowed: boolean;
}

export interface WindowStories {
  /** null until the first answer. */
  stories: WindowStory[] | null;
  loading: boolean;
  failed: boolean;
  /** The list shown was narrowed by a search or a filter (as asked, not as being typed). */
  narrowed: boolean;
  /** How many stories the window holds, when known for what the list shows. */
  total: number | null;
  /** How many "Show more" would add; null when everything asked for is shown. */
  more: number | null;
  /** The list shows its most: older stories are found by searching or filtering. */
  atMost: boolean;
  showMore: () => void;
  /** Every source, language and wire section of the window, for the filters' choices. */
  facets: WindowFacets;
}

/**
 * The stories of the edition's window, as main filters and searches them, newest first, a page
 * at a time (more on asking; a new search or filter starts again from one page). `reloadKey`
 * changes when the answer may have changed (the window moved, stories arrived, a story was added
 * while "already used" filters the list); `facetsKey` when its facets (sources, languages,
 * sections, size) may have (the window moved, stories arrived).
 */
export function useWindowStories(
  digestId: number,
  filters: WindowFilters,
  search: string,
  reloadKey: string,
  facetsKey: string,
): WindowStories {
  const reportError = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [facets, setFacets] = useState<{ key: string; facets: WindowFacets } | null>(null);
  const asked = JSON.stringify([digestId, filters, search]);
  const [pages, setPages] = useState({ asked, count: 1 });
  // A new search or filter (or edition) starts again from one page — also when the editor
  // comes back to an earlier question, so the count is reset, not only derived below.
  if (pages.asked !== asked) setPages({ asked, count: 1 });
  const pageCount = pages.asked === asked ? pages.count : 1;
  const limit = Math.min(WINDOW_PAGE * pageCount, MOST);
  const key = JSON.stringify([asked, limit, reloadKey]);

  useEffect(() => {
    let current = true;
    const choice = (value: Choice): boolean | undefined =>
      value === '' ? undefined : value === 'yes';
    const narrowed = search.trim() !== '' || activeFilterCount(filters) > 0;
    call('digests.window', {
      id: digestId,
      limit,
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(filters.source ? { source: filters.source } : {}),
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.section ? { section: filters.section } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.embargoed ? { embargoed: choice(filters.embargoed) } : {}),
      ...(filters.used ? { used: choice(filters.used) } : {}),
    }).then(
      (stories) => {
        if (current) setLoaded({ key, stories, failed: false, limit, narrowed });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setLoaded((previous) => ({
          key,
          stories: previous?.stories ?? [],
          failed: true,
          limit,
          narrowed,
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, digestId, filters, search, limit, reportError]);

  // The filters' choices and the total come from the whole window, not from the page shown.
  const facetsFor = `${digestId}|${facetsKey}`;
  useEffect(() => {
    let current = true;
    call('digests.windowFacets', { id: digestId }).then(
      (answer) => {
        if (current) setFacets({ key: facetsFor, facets: answer });
      },
      (error: unknown) => {
        if (current) reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [facetsFor, digestId, reportError]);

  const total = facets?.key === facetsFor ? facets.facets.total : null;
  const shown = loaded?.stories.length ?? 0;
  let more: number | null = null;
  // As many came back as were asked for: there may be more, unless the total says otherwise.
  if (loaded && shown >= loaded.limit && loaded.limit < MOST) {
    const left = !loaded.narrowed && total !== null ? total - shown : WINDOW_PAGE;
    more = left > 0 ? Math.min(WINDOW_PAGE, left) : null;
  }
  return {
    stories: loaded?.stories ?? null,
    loading: loaded?.key !== key,
    failed: loaded?.failed ?? false,
    narrowed: loaded?.narrowed ?? false,
    total,
    more,
    atMost: loaded !== null && loaded.limit >= MOST && shown >= loaded.limit,
    showMore: () => setPages({ asked, count: pageCount + 1 }),
    facets: facets?.facets ?? NO_FACETS,
  };
}
