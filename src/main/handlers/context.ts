import type Database from 'better-sqlite3';
import type { EventName, Events } from '../../shared/events';
import type { WatchController } from '../ingest/watch-controller';
import { AnnotationsRepo } from '../store/annotations-repo';
import { DigestItemsRepo } from '../store/digest-items-repo';
import { DigestsRepo } from '../store/digests-repo';
import { FeedsRepo } from '../store/feeds-repo';
import { SettingsRepo } from '../store/settings-repo';
import { SimilarityRepo } from '../store/similarity-repo';
import { StoriesRepo } from '../store/stories-repo';

/** What every handler may use: the store's repositories and a clock (tests fix the time). */
export interface HandlerContext {
  db: Database.Database;
  stories: StoriesRepo;
  digests: DigestsRepo;
  digestItems: DigestItemsRepo;
  settings: SettingsRepo;
  similarity: SimilarityRepo;
  feeds: FeedsRepo;
  annotations: AnnotationsRepo;
  now: () => string;
  /** Long-running services of a serving process (the app, `edition serve`); absent in one-shot CLI runs. */
  services: { watch?: WatchController };
  /** Tells open windows that something changed; a no-op where nobody listens. */
  emit: <K extends EventName>(name: K, payload: Events[K]) => void;
  /**
   * Opens the store's file again (with the right native build). Set by serving processes,
   * which can swap in a restored backup while running; absent where a restore is refused.
   */
  reopen?: () => Database.Database;
}

export function createContext(
  db: Database.Database,
  now = () => new Date().toISOString(),
): HandlerContext {
  return {
    db,
    stories: new StoriesRepo(db),
    digests: new DigestsRepo(db),
    digestItems: new DigestItemsRepo(db),
    settings: new SettingsRepo(db),
    similarity: new SimilarityRepo(db),
    feeds: new FeedsRepo(db),
    annotations: new AnnotationsRepo(db),
    now,
    services: {},
    emit: () => {},
  };
}

/**
 * Points an existing context at a newly opened database (after a restore). The object stays
 * the same, so services and transports that hold it see the new store on their next call.
 */
export function replaceStore(ctx: HandlerContext, db: Database.Database): void {
  // Everything createContext derives from the store, so a repository added there follows;
  // what the serving process attached (clock, services, events, reopen) stays.
  const { now, services, emit, reopen } = ctx;
  Object.assign(ctx, createContext(db, now), { services, emit, reopen });
}
