import { useEffect, useState } from 'react';
import type { PubStatus, WindowStory } from '@shared/model';
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

/** The sources and languages of the whole window, for the filters' choices. */
export interface Facets {
  sources: string[];
  languages: string[];
}

const NO_FACETS: Facets = { sources: [], languages: [] };

interface Loaded {
  key: string;
  stories: WindowStory[];
  failed: boolean;
  facets: Facets;
}

function facetsOf(stories: readonly WindowStory[]): Facets {
  const distinct = (values: (string | null)[]): string[] =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort((a, b) =>
      a.localeCompare(b),
    );
  return {
    sources: distinct(stories.map((story) => story.source)),
    languages: distinct(stories.map((story) => story.language)),
  };
}

const LIMIT = 300;

/**
 * The stories of the edition's window, as main filters and searches them. `reloadKey` changes
 * when the answer may have changed (the window moved, stories arrived, a story was added while
 * "already used" filters the list).
 */
export function useWindowStories(
  digestId: number,
  filters: WindowFilters,
  search: string,
  reloadKey: string,
): {
  stories: WindowStory[] | null;
  loading: boolean;
  failed: boolean;
  limit: number;
  facets: Facets;
} {
  const reportError = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = JSON.stringify([digestId, filters, search, reloadKey]);

  useEffect(() => {
    let current = true;
    const choice = (value: Choice): boolean | undefined =>
      value === '' ? undefined : value === 'yes';
    call('digests.window', {
      id: digestId,
      limit: LIMIT,
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(filters.source ? { source: filters.source } : {}),
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.embargoed ? { embargoed: choice(filters.embargoed) } : {}),
      ...(filters.used ? { used: choice(filters.used) } : {}),
    }).then(
      (stories) => {
        if (!current) return;
        // Only an unfiltered answer shows every source and language; a filtered one keeps them.
        const unfiltered = !search.trim() && Object.values(filters).every((value) => value === '');
        setLoaded((previous) => ({
          key,
          stories,
          failed: false,
          facets: unfiltered ? facetsOf(stories) : mergeFacets(previous?.facets, facetsOf(stories)),
        }));
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setLoaded((previous) => ({
          key,
          stories: previous?.stories ?? [],
          failed: true,
          facets: previous?.facets ?? NO_FACETS,
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, digestId, filters, search, reportError]);

  return {
    stories: loaded?.stories ?? null,
    loading: loaded?.key !== key,
    failed: loaded?.failed ?? false,
    limit: LIMIT,
    facets: loaded?.facets ?? NO_FACETS,
  };
}

function mergeFacets(before: Facets | undefined, now: Facets): Facets {
  if (!before) return now;
  const merge = (a: string[], b: string[]): string[] =>
    [...new Set([...a, ...b])].sort((x, y) => x.localeCompare(y));
  return {
    sources: merge(before.sources, now.sources),
    languages: merge(before.languages, now.languages),
  };
}
