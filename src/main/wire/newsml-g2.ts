import type { MediaRef } from '../../shared/model';
import { itemKind, mediaItemRef, textItemToStory } from './newsml-g2-item';
import { packageStories } from './newsml-g2-package';
import type { XmlImporter } from './registry';
import { hasContent } from './story-merge';
import { ImportError, type ImportedStory } from './types';
import { attrText, uniqueMedia } from './wire-fields';
import { childElements, localName, type Document, type Element } from './xml';

/** Knowledge, concept and planning items describe the news; they are not news to edit. */
const NEWS_ROOTS = new Set(['newsItem', 'newsMessage', 'packageItem']);

export const newsmlG2Importer: XmlImporter = {
  format: 'newsml-g2',
  sniff: (root) => NEWS_ROOTS.has(localName(root)),
  parse: (document, fileName) => parseNewsmlG2(document, fileName),
};

function parseNewsmlG2(document: Document, fileName: string): ImportedStory[] {
  const root = document.documentElement!;
  const items = localName(root) === 'newsMessage' ? messageItems(root) : [root];
  const { stories, media } = readItems(items, fileName);
  if (stories.length === 0 && media[0])
    throw new ImportError(`not a text story: ${media[0].kind} item`, {
      key: 'notTextItem',
      values: { kind: media[0].kind },
    });
  return stories;
}

/** A newsMessage's items: those of its itemSet, or its direct children when it has none. */
function messageItems(message: Element): Element[] {
  const itemSets = childElements(message, 'itemSet');
  const holders = itemSets.length > 0 ? itemSets : [message];
  return holders.flatMap((holder) =>
    childElements(holder).filter((child) => NEWS_ROOTS.has(localName(child))),
  );
}

/**
 * The file's stories in its order: each text item once, a package's stories at the package's
 * place and in the package's order. Media items the packages do not place are attached to
 * every text story of the file (a message sends a story's pictures beside it).
 */
function readItems(
  items: Element[],
  fileName: string,
): { stories: ImportedStory[]; media: MediaRef[] } {
  const inFile = new Map<string, Element>();
  for (const item of items) {
    const guid = attrText(item, 'guid');
    if (guid && !inFile.has(guid)) inFile.set(guid, item);
  }

  const packaged = new Map<Element, ImportedStory[]>();
  const claimed = new Set<Element>();
  const media: MediaRef[] = [];
  items
    .filter((item) => localName(item) === 'packageItem')
    .forEach((pkg, index) => {
      const content = packageStories(pkg, inFile, claimed, `${fileName}#package-${index + 1}`);
      for (const item of content.claimed) claimed.add(item);
      packaged.set(pkg, content.stories);
      media.push(...content.media);
    });

  const stories: ImportedStory[] = [];
  const loose: MediaRef[] = [];
  for (const item of items) {
    if (localName(item) === 'packageItem') {
      stories.push(...(packaged.get(item) ?? []));
      continue;
    }
    if (localName(item) !== 'newsItem' || claimed.has(item)) continue;
    const kind = itemKind(item);
    if (kind !== 'text') {
      loose.push(mediaItemRef(item, kind));
      continue;
    }
    const story = textItemToStory(item);
    if (hasContent(story)) stories.push(story);
  }
  for (const story of stories) story.media = uniqueMedia([...story.media, ...loose]);
  return { stories: stories.filter(hasContent), media: [...media, ...loose] };
}
