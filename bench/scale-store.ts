import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openStore } from '../src/main/store/db';
import { StoriesRepo } from '../src/main/store/stories-repo';
import { editionWindow } from '../src/main/digest/window';
import { random } from './archive-text';
import { ARCHIVE_END } from './archive';
import { benchQueries, type BenchQuery } from './scale-queries';
import { once, summariseRuns, timed, type Run, type Timings } from './scale-stats';

type Figures = Timings & { cpu: Timings };

export interface StoreFigures {
  stories: number;
  fileMb: number;
  /** The machine's 1-minute load average when measured: other work skews wall times. */
  load: number;
  /** Opening the archive, including any migration a newer schema brings (once per archive). */
  openMs: number;
  /** First runs of each query; `repeated`: the same queries run again. */
  search: Figures & { byKind: Record<string, Timings>; repeated: Figures; matchesOnPage: number };
  /** The first page of the inbox, and pages after a story anywhere in the archive. */
  list: { first: Figures; deep: Figures };
  /** An edition's window: the whole window, and searched. */
  window: { all: Figures; search: Figures; stories: number };
}

const REPEATS = 30;
/** The inbox's page (src/renderer/src/features/inbox/page.ts, outside this build's files). */
const INBOX_PAGE = 50;

/**
 * The store's side of the scale figures, through the repository methods the requests use:
 * `stories.list` (search and pages of the inbox) and `digests.window`. Searches are timed
 * the first time they run and again; list and window queries, asked over and over by the
 * app, after a first run (the median of three). Wall and CPU time both (see scale-stats).
 */
export function storeFigures(path: string): StoreFigures {
  const started = performance.now();
  const db = openStore(path);
  const openMs = performance.now() - started;
  try {
    const repo = new StoriesRepo(db);
    const stories = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    const queries = benchQueries(db);
    return {
      stories,
      fileMb: Math.round(statSync(path).size / 1e6),
      load: Math.round(loadavg()[0]! * 10) / 10,
      openMs: Math.round(openMs),
      search: searchFigures(repo, queries),
      list: listFigures(repo, stories),
      window: windowFigures(db, repo, queries),
    };
  } finally {
    db.close();
  }
}

/**
 * Each query the first time it runs (the pages it needs are in the OS cache but not yet in
 * SQLite's own: an editor's new search in a running app), and again.
 */
function searchFigures(repo: StoriesRepo, queries: BenchQuery[]): StoreFigures['search'] {
  const page = { limit: INBOX_PAGE };
  const first = queries.map((query) => ({ query, run: once(() => repo.search(query.text, page)) }));
  const byKind: Record<string, Run<unknown>[]> = {};
  for (const { query, run } of first) (byKind[query.kind] ??= []).push(run);
  const repeated = queries.map((query) => timed(() => repo.search(query.text, page)));
  const matches = first.map(({ run }) => run.value.length).sort((a, b) => a - b);
  return {
    ...summariseRuns(first.map(({ run }) => run)),
    byKind: Object.fromEntries(
      Object.entries(byKind).map(([kind, runs]) => [kind, summariseRuns(runs)]),
    ),
    repeated: summariseRuns(repeated),
    matchesOnPage: matches[Math.floor(matches.length / 2)] ?? 0,
  };
}

function listFigures(repo: StoriesRepo, stories: number): StoreFigures['list'] {
  const next = random(7);
  const page = { limit: INBOX_PAGE };
  repo.list(page);
  const first = Array.from({ length: REPEATS }, () => timed(() => repo.list(page)));
  // The page after a story anywhere in the archive: what scrolling far down asks for.
  const deep = Array.from({ length: REPEATS * 3 }, () => {
    const after = 1 + Math.floor(next() * stories);
    return timed(() => repo.list({ ...page, after }));
  });
  return { first: summariseRuns(first), deep: summariseRuns(deep) };
}

function windowFigures(
  db: ReturnType<typeof openStore>,
  repo: StoriesRepo,
  queries: BenchQuery[],
): StoreFigures['window'] {
  const digest = db.prepare('SELECT id, date, close_time, timezone FROM digests LIMIT 1').get() as {
    id: number;
    date: string;
    close_time: string;
    timezone: string;
  };
  const range = editionWindow(digest.date, digest.close_time, digest.timezone);
  // As the digests.window handler asks (its default limit).
  const base = { digestId: digest.id, ...range, now: ARCHIVE_END, limit: 300 };
  const stories = repo.inWindow(base).length;
  const all = Array.from({ length: REPEATS }, () => timed(() => repo.inWindow(base)));
  const searched = queries.filter((_, index) => index % 3 === 0);
  const search = searched.map((query) =>
    once(() => repo.inWindow({ ...base, search: query.text })),
  );
  return { all: summariseRuns(all), search: summariseRuns(search), stories };
}
