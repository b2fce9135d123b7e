import { languageTag, pubStatusOf, unique, urgencyOf } from './story-fields';
import type { MediaRef, PubStatus } from '../../shared/model';
import { parseWireDate } from './dates';
import type { HtmlContent } from './html-blocks';
import { nitfElementToStory } from './nitf';
import { collectContent, readTextContent, type TextUnit } from './newsml1-content';
import type { XmlImporter } from './registry';
import { finishStory, hasContent, mergeStory } from './story-merge';
import { ImportError, newStory, type ImportedStory } from './types';
import { attrText, uniqueMedia, versionNumber } from './wire-fields';
import { childElements, findAll, firstChild, localName, textOf, type Element } from './xml';

/** Real files hold one NewsItem or a few; far more is a hostile or broken file. */
const MAX_ITEMS = 500;

export const newsml1Importer: XmlImporter = {
  format: 'newsml-1',
  // A bare NewsItem (capital N; NewsML-G2 writes newsItem) is sent by some agencies too.
  sniff: (root) => ['NewsML', 'NewsItem'].includes(localName(root)),
  parse(document, fileName) {
    const root = document.documentElement!;
    const envelope = firstChild(root, 'NewsEnvelope');
    // NewsComponents may nest whole NewsItems; each is a story of its own.
    const items = [
      ...(localName(root) === 'NewsItem' ? [root] : []),
      ...findAll(root, 'NewsItem', MAX_ITEMS),
    ];
    const read = items.map((item, index) =>
      newsItemStories(item, envelope, `${fileName}#NewsItem-${index + 1}`),
    );
    attachReferencedMedia(items, read);
    const stories = read.flatMap((result) => result.stories);
    const media = read.flatMap((result) => result.media);
    if (stories.length === 0 && media[0])
      throw new ImportError(`not a text story: ${media[0].kind} item`, {
        key: 'notTextItem',
        values: { kind: media[0].kind },
      });
    return stories;
  },
};

interface ItemRead {
  stories: ImportedStory[];
  media: MediaRef[];
  /** The NewsItemRefs of the item, each with the stories of the component that holds it. */
  refs: { target: string; stories: ImportedStory[] }[];
}

/**
 * A picture sent as a NewsItem of its own (AFP's photo items) goes with the story whose
 * component names it in a NewsItemRef, by "#Duid" or by its URN. A picture that no story names,
 * in a message of one story, is that story's.
 */
function attachReferencedMedia(items: Element[], read: ItemRead[]): void {
  const stories = read.flatMap((result) => result.stories);
  items.forEach((item, index) => {
    const { stories: own, media } = read[index]!;
    if (own.length > 0 || media.length === 0) return;
    const names = itemNames(item);
    const naming = read.flatMap((result) =>
      result.refs.filter((ref) => names.has(withoutRevision(ref.target.replace(/^#/, '')))),
    );
    const targets =
      naming.length > 0
        ? naming.flatMap((ref) => ref.stories)
        : stories.length === 1
          ? stories
          : [];
    for (const story of new Set(targets)) story.media = uniqueMedia([...story.media, ...media]);
  });
}

/** What a NewsItemRef may call an item by: its Duid or Euid, its public identifier. */
function itemNames(item: Element): Set<string> {
  const identification = firstChild(item, 'Identification');
  const identifier = identification && firstChild(identification, 'NewsIdentifier');
  const publicId = textOf(identifier && firstChild(identifier, 'PublicIdentifier'));
  return new Set(
    [attrText(item, 'Duid'), attrText(item, 'Euid'), publicId && withoutRevision(publicId)].filter(
      (name): name is string => Boolean(name),
    ),
  );
}

/** "urn:newsml:afp.com:20260314:PHO-1:1" names every revision of the item: without the ":1". */
function withoutRevision(name: string): string {
  return /^urn:newsml:/i.test(name) ? name.replace(/:\d+[NAU]?$/i, '') : name;
}

/**
 * One NewsItem to its stories: usually one, but a NewsItem whose text components each carry
 * their own NewsLines (a bundle of briefs) gives one story per component. Media items are
 * attached to the story whose component holds them, else to every story of the item.
 */
function newsItemStories(item: Element, envelope: Element | null, fallbackId: string): ItemRead {
  const { units, media, refs } = collectContent(item);
  if (units.length === 0) {
    // A NewsItem with headlines but no body (a flash, an advisory) is still news; a picture
    // item with a headline is a picture.
    if (media.length > 0) return { stories: [], media: media.map((entry) => entry.ref), refs: [] };
    const top = firstChild(item, 'NewsComponent');
    units.push({ owner: top ?? item, chain: top ? [top] : [], items: [] });
  }

  const fields = itemFields(item, envelope);
  const stories = units.map((unit) => unitStory(unit, fields));
  // What a component holds (a picture, a reference) belongs to the stories inside it, else
  // to every story of the item.
  const holding = (path: Element[]) => {
    const own = stories.filter((_, index) => path.includes(units[index]!.owner));
    return own.length > 0 ? own : stories;
  };
  for (const { ref, path } of media)
    for (const story of holding(path)) story.media = uniqueMedia([...story.media, ref]);
  if (units.length > 1) bundle(item, units, stories, fields.wireId ?? null, fallbackId);
  return {
    stories: stories.filter(hasContent),
    media: media.map((entry) => entry.ref),
    refs: refs.map(({ target, path }) => ({ target, stories: holding(path).filter(hasContent) })),
  };
}

/**
 * Several stories from one NewsItem are a bundle: each keeps an identity of its own (for
 * updates) and its place under the item's headline, like the stories of a G2 package.
 */
function bundle(
  item: Element,
  units: TextUnit[],
  stories: ImportedStory[],
  itemId: string | null,
  fallbackId: string,
): void {
  const top = firstChild(item, 'NewsComponent');
  const lines = top && firstChild(top, 'NewsLines');
  const title = textOf(lines && firstChild(lines, 'HeadLine'));
  let position = 0;
  stories.forEach((story, index) => {
    if (!hasContent(story)) return;
    const owner = units[index]!.owner;
    const part = attrText(owner, 'Duid') ?? attrText(owner, 'Euid') ?? String(index + 1);
    if (itemId) story.wireId = `${itemId}#${part}`;
    story.packageRef = { id: itemId ?? fallbackId, title, position };
    position += 1;
  });
}

function unitStory(unit: TextUnit, fields: Partial<ImportedStory>): ImportedStory {
  const content: HtmlContent = { blocks: [], quotes: [], media: [] };
  const own = componentFields(unit.chain);
  const language = own.language ?? fields.language ?? null;
  let nitfStory: ImportedStory | null = null;
  for (const contentItem of unit.items) {
    const read = readTextContent(contentItem, language);
    let part: HtmlContent;
    if ('nitf' in read) {
      const story = nitfElementToStory(read.nitf);
      nitfStory ??= story;
      part = story;
    } else part = read;
    content.blocks.push(...part.blocks);
    content.quotes.push(...part.quotes);
    content.media.push(...part.media);
  }
  // The first NITF body lends its metadata; NewsML's own lines and management win over it.
  const base = nitfStory
    ? { ...nitfStory, blocks: [], quotes: [], media: [] }
    : newStory({ format: 'newsml-1', headline: '', blocks: [] });
  return finishStory(
    mergeStory(base, {
      ...fields,
      ...own,
      format: 'newsml-1',
      ...content,
    }),
  );
}

/**
 * NewsML 1.2 identifies a revision as ProviderId:DateId:NewsItemId:RevisionId; Edition needs
 * the identity without the revision, so that a later revision replaces the earlier one.
 */
function itemFields(item: Element, envelope: Element | null): Partial<ImportedStory> {
  const identification = firstChild(item, 'Identification');
  const identifier = identification && firstChild(identification, 'NewsIdentifier');
  const part = (name: string) => textOf(identifier && firstChild(identifier, name));
  const publicId = part('PublicIdentifier');
  const builtId =
    part('ProviderId') && part('NewsItemId')
      ? `urn:newsml:${part('ProviderId')}:${part('DateId') ?? ''}:${part('NewsItemId')}`
      : null;
  const management = firstChild(item, 'NewsManagement');
  const managed = (name: string) => management && firstChild(management, name);
  const status = attrText(managed('Status'), 'FormalName');
  const willChange = managed('StatusWillChange');
  return {
    wireId: publicId?.replace(/:\d+[NAU]?$/i, '') ?? builtId,
    wireVersion: versionNumber(part('RevisionId')),
    wireTime:
      parseWireDate(textOf(managed('ThisRevisionCreated'))) ??
      parseWireDate(textOf(managed('FirstCreated'))) ??
      parseWireDate(textOf(envelope && firstChild(envelope, 'DateAndTime'))),
    ...embargoStatus(status, textOf(willChange && firstChild(willChange, 'DateAndTime'))),
    urgency: urgencyOf(
      attrText(managed('Urgency'), 'FormalName') ??
        attrText(envelope && firstChild(envelope, 'Priority'), 'FormalName'),
    ),
  };
}

/**
 * The lines and metadata of a story's component, each taken from the nearest component that
 * states it (a text component's own NewsLines first, then those of the components around it).
 */
function componentFields(chain: Element[]): Partial<ImportedStory> {
  const nearest = (container: string, name: string) => {
    for (const component of chain) {
      const holder = firstChild(component, container);
      const found = holder && childElements(holder, name);
      if (found && found.length > 0) return found;
    }
    return [];
  };
  const line = (name: string) => textOf(nearest('NewsLines', name)[0]);
  const party = (name: string) =>
    nearest('AdministrativeMetadata', name)
      .map((element) => attrText(firstChild(element, 'Party'), 'FormalName'))
      .find(Boolean) ?? null;
  const subjects = chain.flatMap((component) => {
    const descriptive = firstChild(component, 'DescriptiveMetadata');
    return descriptive
      ? childElements(descriptive, 'SubjectCode').flatMap((code) =>
          childElements(code).map((subject) => attrText(subject, 'FormalName')),
        )
      : [];
  });
  const keywords = nearest('NewsLines', 'KeywordLine').map(textOf);
  return {
    headline: line('HeadLine') ?? undefined,
    summary: line('SubHeadLine'),
    byline: unique(nearest('NewsLines', 'ByLine').map(textOf)).join('; ') || null,
    dateline: line('DateLine'),
    slugline: line('SlugLine'),
    source: copyrightHolder(line('CopyrightLine')) ?? party('Source') ?? party('Provider'),
    language: languageTag(attrText(nearest('DescriptiveMetadata', 'Language')[0], 'FormalName')),
    subjects: unique([...subjects, ...keywords]),
  };
}

/** "© 2026 AFP", "Copyright (c) 2026 Business Wire" → the holder's name. */
function copyrightHolder(line: string | null): string | null {
  if (!line) return null;
  // "(c) Copyright Reuters 2026. Click for restrictions…": the holder is in the first sentence.
  const holder = line
    .split(/\.\s/)[0]!
    .replace(/copyright|©|\(c\)|all rights reserved\.?/gi, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/^[\s.,;:-]+|[\s.,;:-]+$/g, '')
    .replace(/\s+/g, ' ');
  return holder === '' ? null : holder;
}

/** An embargoed status with the time it lifts (StatusWillChange): held until then, no longer. */
function embargoStatus(
  status: string | null,
  willChangeAt: string | null,
): { pubStatus: PubStatus | null; embargoUntil: string | null } {
  const embargoUntil = status?.toLowerCase() === 'embargoed' ? parseWireDate(willChangeAt) : null;
  return { pubStatus: pubStatusOf(status, embargoUntil), embargoUntil };
}
