import type { StorySummary } from '../../../shared/model';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';
import { storyLine, storyText } from '../story-text';

/** A page of `stories` unless asked: what the inbox shows at once. */
const DEFAULT_LIMIT = 200;
/** The most one request lists; --all pages through the store at this size. */
const MAX_LIMIT = 500;

/**
 * `edition stories [--search TEXT] [--limit N] [--after ID] [--all]`: a page of the inbox
 * (near duplicates folded into their group's first story), newest first; a page cut short says
 * how to go on. `--all` lists every story, near duplicates each on its own, however many.
 */
export async function storiesCommand(
  session: CliSession,
  out: Output,
  options: { search?: string; limit?: string; after?: string; all?: boolean },
): Promise<number> {
  const limit = options.limit === undefined ? DEFAULT_LIMIT : parseId(options.limit, '--limit');
  if (limit > MAX_LIMIT)
    throw new Error(
      `--limit must be at most ${MAX_LIMIT}, not "${options.limit}"; --all lists every story`,
    );
  const after = options.after === undefined ? undefined : parseId(options.after, '--after');
  const stories = options.all
    ? await everyStory(session, options.search)
    : await session.call('stories.list', { search: options.search, limit, after });
  out.data(stories, () =>
    stories.length ? stories.map((story) => storyLine(story)).join('\n') : 'No stories.',
  );
  if (!options.all && stories.length === limit)
    out.info(
      `${limit} stories shown: more with --after ${stories.at(-1)!.id}, or every one with --all`,
    );
  return 0;
}

async function everyStory(session: CliSession, search: string | undefined) {
  const all: StorySummary[] = [];
  for (;;) {
    const page = await session.call('stories.list', {
      search,
      limit: MAX_LIMIT,
      after: all.at(-1)?.id,
      includeSimilar: true,
    });
    all.push(...page);
    if (page.length < MAX_LIMIT) return all;
  }
}

export async function showCommand(
  session: CliSession,
  out: Output,
  idArg: string | undefined,
  options: { format?: string } = {},
): Promise<number> {
  if (options.format === 'nitf' || options.format === 'claimreview') {
    const exported = await session.call('stories.export', {
      id: parseId(idArg, 'story id'),
      format: options.format,
    });
    process.stdout.write(exported.content);
    return 0;
  }
  if (options.format !== undefined)
    throw new Error(`show: unknown --format "${options.format}" (nitf, claimreview)`);
  const story = await session.call('stories.get', { id: parseId(idArg, 'story id') });
  out.data(story, () => storyText(story));
  return 0;
}
