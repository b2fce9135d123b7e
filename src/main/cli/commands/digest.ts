import type { Digest, DigestSummary } from '../../../shared/model';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';

export async function digestCommand(
  session: CliSession,
  out: Output,
  args: string[],
  options: { date?: string; title?: string },
): Promise<number> {
  const [verb, ...rest] = args;
  switch (verb) {
    case 'create': {
      if (!options.date) throw new Error('digest create: --date YYYY-MM-DD is required');
      const digest = await session.call('digests.create', {
        date: options.date,
        title: options.title,
      });
      out.data(digest, () => `created digest #${digest.id} "${digest.title}" for ${digest.date}`);
      return 0;
    }
    case 'add': {
      const digestId = parseId(rest[0], 'digest id');
      if (rest.length < 2) throw new Error('digest add: name at least one story id');
      const storyIds = rest.slice(1).map((value) => parseId(value, 'story id'));
      const digest = await session.call('digests.addStory', { digestId, storyIds });
      out.data(digest, () => humanDigest(digest));
      return 0;
    }
    case 'list': {
      const digests = await session.call('digests.list', {});
      out.data(digests, () =>
        digests.length ? digests.map(digestLine).join('\n') : 'No digests.',
      );
      return 0;
    }
    case 'show': {
      const digest = await session.call('digests.get', { id: parseId(rest[0], 'digest id') });
      out.data(digest, () => humanDigest(digest));
      return 0;
    }
    default:
      throw new Error(
        verb
          ? `digest: unknown sub-command "${verb}" (create, add, list, show)`
          : 'digest: name a sub-command (create, add, list, show)',
      );
  }
}

function digestLine(digest: DigestSummary): string {
  return `#${digest.id}\t${digest.date}\t${digest.itemCount} stories\t${digest.title}`;
}

/** The board as text: the lead, then each section under its name, numbered within it. */
export function humanDigest(digest: Digest): string {
  const lines = (sectionId: number | null): string[] =>
    digest.items
      .filter((item) => item.sectionId === sectionId)
      .sort((a, b) => a.position - b.position)
      .map((item) => `  ${item.position + 1}. #${item.storyId} ${item.headline}`);
  const lead = lines(null);
  const sections = [...digest.sections].sort((a, b) => a.position - b.position);
  const out = [`#${digest.id} ${digest.title} (${digest.date})`];
  if (lead.length > 0) out.push('Lead', ...lead);
  else if (digest.items.length === 0) out.push('  (no stories yet)');
  for (const section of sections) {
    const items = lines(section.id);
    out.push(section.name, ...(items.length ? items : ['  (no stories)']));
  }
  return out.join('\n');
}
