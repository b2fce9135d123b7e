import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';
import { storyLine, storyText } from '../story-text';

export async function storiesCommand(
  session: CliSession,
  out: Output,
  options: { search?: string; limit?: string },
): Promise<number> {
  const limit = options.limit === undefined ? undefined : parseId(options.limit, '--limit');
  const stories = await session.call('stories.list', { search: options.search, limit });
  out.data(stories, () =>
    stories.length ? stories.map((story) => storyLine(story)).join('\n') : 'No stories.',
  );
  return 0;
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
