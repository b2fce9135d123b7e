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
  create: (date: string, title: string, options?: CreateOptions) => Promise<boolean>;
  addStory: (storyId: number) => Promise<boolean>;
  removeItem: (itemId: number) => Promise<boolean>;
  /** `blocked`: the pre-send checks stopped it (the edition board shows them). */
  exportHtml: () => Promise<'done' | 'blocked' | 'failed'>;
  /**
   * Shows an edition at once: main's answer to a change (the whole edition), or the board's
   * picture of a move it has asked for. An answer older than what is shown is ignored.
   */
  apply: (digest: Digest) => void;
  /** Fetches the current edition again (after a failed change, to show what main has). */
  reload: () => void;
}

export interface CreateOptions {
  /** Start from the previous edition's sections and settings (main's default: yes). */
  fromPrevious?: boolean;
}

export const DigestContext = createContext<DigestsApi | null>(null);

export function useDigests(): DigestsApi {
  const api = useContext(DigestContext);
  if (!api) throw new Error('useDigests outside DigestProvider');
  return api;
}
