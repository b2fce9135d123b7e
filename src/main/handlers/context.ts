import type Database from 'better-sqlite3';
import { DigestsRepo } from '../store/digests-repo';
import { SettingsRepo } from '../store/settings-repo';
import { SimilarityRepo } from '../store/similarity-repo';
import { StoriesRepo } from '../store/stories-repo';

/** What every handler may use: the store's repositories and a clock (tests fix the time). */
export interface HandlerContext {
  db: Database.Database;
  stories: StoriesRepo;
  digests: DigestsRepo;
  settings: SettingsRepo;
  similarity: SimilarityRepo;
  now: () => string;
}

export function createContext(
  db: Database.Database,
  now = () => new Date().toISOString(),
): HandlerContext {
  return {
    db,
    stories: new StoriesRepo(db),
    digests: new DigestsRepo(db),
    settings: new SettingsRepo(db),
    similarity: new SimilarityRepo(db),
    now,
  };
}
