import { createContext, useContext } from 'react';
import type { Digest, DigestSummary } from '@shared/model';
import type { StoryFlags } from '@renderer/features/stories/storyBadges';

export interface DigestsApi {
  /** Every digest, newest first as main answers them; null until loaded. */
  summaries: DigestSummary[] | null;
  /** The chosen digest (its id is in the URL), with its items; null if none or loading. */
  current: Digest | null;
  currentId: number | null;
  /** The warning flags (canceled, embargo…) of the current digest's stories, by story id. */
  flags: ReadonlyMap<number, StoryFlags>;
  choose: (id: number | null) => void;
  /** Each action reports its own failure in the alert region and answers whether it worked. */
  create: (date: string, title: string) => Promise<boolean>;
  addStory: (storyId: number) => Promise<boolean>;
  removeItem: (itemId: number) => Promise<boolean>;
  exportHtml: () => Promise<boolean>;
}

export const DigestContext = createContext<DigestsApi | null>(null);

export function useDigests(): DigestsApi {
  const api = useContext(DigestContext);
  if (!api) throw new Error('useDigests outside DigestProvider');
  return api;
}
