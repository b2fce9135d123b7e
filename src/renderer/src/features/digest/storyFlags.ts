import { call } from '@renderer/api/client';
import { isNotFound } from '@renderer/app/errors/ErrorsContext';
import type { StoryFlags } from '@renderer/features/stories/storyBadges';

export type FlagsById = ReadonlyMap<number, StoryFlags>;

export const NO_FLAGS: FlagsById = new Map();

function flagsOf(story: StoryFlags): StoryFlags {
  return {
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
    urgency: story.urgency,
    wireConflict: story.wireConflict,
    expiresAt: story.expiresAt,
  };
}

/**
 * The warning flags of the given stories (digest items carry only the story's id). Flags already
 * `known` are reused; a story deleted since it was added is left out. Other failures are thrown.
 */
export async function fetchFlags(
  storyIds: readonly number[],
  known: FlagsById = NO_FLAGS,
): Promise<FlagsById> {
  const ids = [...new Set(storyIds)];
  const entries = await Promise.all(
    ids.map(async (id): Promise<[number, StoryFlags] | null> => {
      const have = known.get(id);
      if (have) return [id, have];
      try {
        return [id, flagsOf(await call('stories.get', { id }))];
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    }),
  );
  return new Map(entries.filter((entry) => entry !== null));
}
