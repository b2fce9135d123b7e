import { useEffect, useState } from 'react';
import type { PubStatus, WindowFacets, WindowStory } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export type Choice = '' | 'yes' | 'no';

export interface WindowFilters {
  source: string;
  language: string;
  status: '' | PubStatus;
  embargoed: Choice;
  used: Choice;
}

export const NO_FILTERS: WindowFilters = {
  source: '',
  language: '',
  status: '',
  embargoed: '',
  used: '',
};

export function activeFilterCount(filters: WindowFilters): number {
  return Object.values(filters).filter((value) => value !== '').length;
}

const NO_FACETS: WindowFacets = { total: 0, sources: [], languages: [] };

/** Stories the list asks for at a time; "Show more" asks for as many again. */
export const WINDOW_PAGE = 300;
/** The most the list shows (the request's own limit): past it, search or filter. */
const MOST = 3000;

interface Loaded {
  key: string;
  stories: WindowStory[];
  failed: boolean;
}

export interface WindowStories {
  /** null until the first answer. */
  stories: WindowStory[] | null;
  loading: boolean;
  failed: boolean;
  /** How many the list asked for: as many came back, there may be more. */
  limit: number;
  /** "Show more" (null when the list is at its most). */
  showMore: (() => void) | null;
  /** Every source and language of the window, and how many stories it holds. */
  facets: WindowFacets;
}

/**
 * The stories of the edition's window, as main filters and searches them, newest first, a page
 * at a time (more on asking; a new search or filter starts again from one page). `reloadKey`
 * changes when the answer may have changed (the window moved, stories arrived, a story was added
 * while "already used" filters the list).
 */
export function useWindowStories(
  digestId: number,
  filters: WindowFilters,
  search: string,
  reloadKey: string,
): WindowStories {
  const reportError = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [facets, setFacets] = useState<WindowFacets>(NO_FACETS);
  const asked = JSON.stringify([digestId, filters, search]);
  const [pages, setPages] = useState({ asked, count: 1 });
  const pageCount = pages.asked === asked ? pages.count : 1;
  const limit = Math.min(WINDOW_PAGE * pageCount, MOST);
  const key = JSON.stringify([asked, limit, reloadKey]);

  useEffect(() => {
    let current = true;
    const choice = (value: Choice): boolean | undefined =>
      value === '' ? undefined : value === 'yes';
    call('digests.window', {
      id: digestId,
      limit,
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(filters.source ? { source: filters.source } : {}),
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.embargoed ? { embargoed: choice(filters.embargoed) } : {}),
      ...(filters.used ? { used: choice(filters.used) } : {}),
    }).then(
      (stories) => {
        if (current) setLoaded({ key, stories, failed: false });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setLoaded((previous) => ({ key, stories: previous?.stories ?? [], failed: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, digestId, filters, search, limit, reportError]);

  // The filters' choices come from the whole window, not from the page the list shows.
  const facetsKey = `${digestId}|${reloadKey}`;
  useEffect(() => {
    let current = true;
    call('digests.windowFacets', { id: digestId }).then(
      (answer) => {
        if (current) setFacets(answer);
      },
      (error: unknown) => {
        if (current) reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [facetsKey, digestId, reportError]);

  const showMore = (): void => setPages({ asked, count: pageCount + 1 });

  return {
    stories: loaded?.stories ?? null,
    loading: loaded?.key !== key,
    failed: loaded?.failed ?? false,
    limit,
    showMore: limit < MOST ? showMore : null,
    facets,
  };
}
