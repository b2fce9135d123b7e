import type { Digest, DigestSummary, LexicalStateJson } from '../../../shared/model';
import { serializedBodyFromBlocks } from '../../lexical/serialized-body';
import { plainInlines, type Block } from '../../wire/blocks';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { assertMostArguments } from '../arguments';
import { parseId } from '../parse-id';

/** The options of `digest`, and which of its sub-commands reads each. */
export interface DigestOptions {
  date?: string;
  title?: string;
  subject?: string;
  preheader?: string;
  intro?: string;
  signoff?: string;
  section?: string;
}

const DIGEST_OPTIONS = [
  'date',
  'title',
  'subject',
  'preheader',
  'intro',
  'signoff',
  'section',
] as const satisfies readonly (keyof DigestOptions)[];

const OPTIONS_OF: Record<string, readonly (keyof DigestOptions)[]> = {
  create: ['date', 'title'],
  set: ['title', 'subject', 'preheader', 'intro', 'signoff'],
  add: ['section'],
  list: [],
  show: [],
};

/** Arguments each sub-command takes at most (`add` takes a digest and any number of stories). */
const MOST_ARGUMENTS_OF: Record<string, number> = { create: 0, set: 1, list: 0, show: 1 };

export async function digestCommand(
  session: CliSession,
  out: Output,
  args: string[],
  options: DigestOptions,
): Promise<number> {
  const [verb, ...rest] = args;
  assertVerbOptions(verb, options);
  const most = MOST_ARGUMENTS_OF[verb ?? ''];
  if (most !== undefined) assertMostArguments(`digest ${verb}`, rest, most);
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
      // Every story is known before a new section is made for them: a typo leaves no section.
      for (const id of storyIds) await session.call('stories.get', { id });
      const sectionId =
        options.section === undefined
          ? null
          : await sectionNamed(session, digestId, options.section);
      const digest = await session.call('digests.addStory', { digestId, storyIds, sectionId });
      out.data(digest, () => humanDigest(digest));
      return 0;
    }
    case 'set': {
      const id = parseId(rest[0], 'digest id');
      const fields = {
        ...(options.title !== undefined && { title: options.title }),
        ...(options.subject !== undefined && { subject: options.subject }),
        ...(options.preheader !== undefined && { preheader: options.preheader }),
        ...(options.signoff !== undefined && { signoff: options.signoff || null }),
        ...(options.intro !== undefined && { intro: introFromText(options.intro) }),
      };
      if (Object.keys(fields).length === 0)
        throw new Error(
          'digest set: name what to set (--title, --subject, --preheader, --intro, --signoff)',
        );
      const digest = await session.call('digests.update', { id, ...fields });
      out.data(digest, () => `set ${Object.keys(fields).join(', ')} of digest #${digest.id}`);
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
          ? `digest: unknown sub-command "${verb}" (create, set, add, list, show)`
          : 'digest: name a sub-command (create, set, add, list, show)',
      );
  }
}

/** An option the sub-command does not read is refused by name, as for every command. */
function assertVerbOptions(verb: string | undefined, options: DigestOptions): void {
  const own = OPTIONS_OF[verb ?? ''];
  if (!own) return; // the sub-command itself is refused below
  for (const name of DIGEST_OPTIONS)
    if (options[name] !== undefined && !own.includes(name))
      throw new Error(`digest ${verb} takes no --${name}; run "edition help digest"`);
}

/** The section of that name (case and spacing aside), made at the end of the edition if new. */
async function sectionNamed(session: CliSession, digestId: number, name: string): Promise<number> {
  const wanted = name.trim();
  if (!wanted) throw new Error('digest add: --section needs a name');
  const same = (digest: Digest) =>
    digest.sections.find(
      (section) => section.name.trim().toLocaleLowerCase() === wanted.toLocaleLowerCase(),
    );
  const found = same(await session.call('digests.get', { id: digestId }));
  if (found) return found.id;
  const made = same(await session.call('digests.addSection', { digestId, name: wanted }));
  return made!.id;
}

/** Plain text as the intro: a paragraph per block of lines ("\n\n" between them). */
function introFromText(text: string): LexicalStateJson | null {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  const blocks: Block[] = paragraphs.map((paragraph) => ({
    kind: 'paragraph',
    inlines: plainInlines(paragraph),
  }));
  return JSON.parse(serializedBodyFromBlocks(blocks).json) as LexicalStateJson;
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
