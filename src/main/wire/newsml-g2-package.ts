import { languageTag, pubStatusOf } from './story-fields';
import type { MediaRef } from '../../shared/model';
import { parseWireDate } from './dates';
import { itemKind, mediaItemRef, textItemToStory, descriptionOf } from './newsml-g2-item';
import { finishStory, hasContent } from './story-merge';
import { newStory, type ImportedStory } from './types';
import { attrText, mediaKindOf, uniqueMedia, versionNumber } from './wire-fields';
import { xmlToContent } from './xml-markup';
import { childElements, firstChild, localName, textOf, type Element } from './xml';

export interface PackageContent {
  /** Text stories in the package's order, each with its packageRef. */
  stories: ImportedStory[];
  /** Everything non-text the package references (already attached to its stories). */
  media: MediaRef[];
  /** In-file items the package placed: the file does not list them a second time. */
  claimed: Set<Element>;
}

type Entry = { group: Element } & ({ story: ImportedStory } | { media: MediaRef });

/**
 * A packageItem's stories in the order its groups give. Items the same file holds are read in
 * full; references to items elsewhere become stories only when they carry a title or
 * description worth listing. Pictures and other media are attached to the text stories of
 * their own group (to every story of the package when their group has none).
 */
export function packageStories(
  pkg: Element,
  inFile: ReadonlyMap<string, Element>,
  alreadyClaimed: ReadonlySet<Element>,
  fallbackId: string,
): PackageContent {
  const claimed = new Set<Element>();
  const entries: Entry[] = [];
  for (const { ref, group } of orderedRefs(pkg)) {
    const residref = attrText(ref, 'residref');
    const target = residref ? inFile.get(residref) : undefined;
    if (target) {
      // A nested package is listed at its own place in the file, not inside this one.
      if (localName(target) !== 'newsItem' || alreadyClaimed.has(target) || claimed.has(target))
        continue;
      claimed.add(target);
      const kind = itemKind(target);
      if (kind !== 'text') entries.push({ group, media: mediaItemRef(target, kind) });
      else {
        const story = textItemToStory(target);
        if (hasContent(story)) entries.push({ group, story });
      }
      continue;
    }
    const kind = mediaKindOf(attrText(firstChild(ref, 'itemClass'), 'qcode')) ?? 'text';
    if (kind !== 'text') entries.push({ group, media: refMedia(ref, kind) });
    else {
      const story = refStory(ref);
      if (story) entries.push({ group, story });
    }
  }

  const stories = entries.flatMap((entry) => ('story' in entry ? [entry.story] : []));
  const media = entries.flatMap((entry) => ('media' in entry ? [entry.media] : []));
  for (const entry of entries) {
    if (!('media' in entry)) continue;
    const sameGroup = entries.flatMap((other) =>
      'story' in other && other.group === entry.group ? [other.story] : [],
    );
    for (const story of sameGroup.length > 0 ? sameGroup : stories)
      story.media = uniqueMedia([...story.media, entry.media]);
  }

  const meta = firstChild(pkg, 'contentMeta');
  const itemMeta = firstChild(pkg, 'itemMeta');
  const id = attrText(pkg, 'guid') ?? fallbackId;
  const title =
    textOf(meta && firstChild(meta, 'headline')) ??
    textOf(itemMeta && firstChild(itemMeta, 'title'));
  stories.forEach((story, position) => {
    story.packageRef = { id, title, position };
  });
  return { stories, media, claimed };
}

/**
 * The package's itemRefs depth first from the root group, following groupRefs in place;
 * groups the root does not reach follow in document order. Iterative, and each group is
 * entered once, so cyclic or deep group references cannot loop or overflow.
 */
function orderedRefs(pkg: Element): { ref: Element; group: Element }[] {
  const groupSet = firstChild(pkg, 'groupSet');
  if (!groupSet) return [];
  const groups = childElements(groupSet, 'group');
  const byId = new Map<string, Element>();
  for (const group of groups) {
    const id = attrText(group, 'id');
    if (id && !byId.has(id)) byId.set(id, group);
  }
  const visited = new Set<Element>();
  const refs: { ref: Element; group: Element }[] = [];
  const walk = (start: Element): void => {
    visited.add(start);
    const stack = [{ group: start, children: childElements(start), next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.children[frame.next];
      frame.next += 1;
      if (!child) {
        stack.pop();
        continue;
      }
      const name = localName(child);
      if (name === 'itemRef') refs.push({ ref: child, group: frame.group });
      else if (name === 'groupRef') {
        const target = byId.get(attrText(child, 'idref') ?? '');
        if (target && !visited.has(target)) {
          visited.add(target);
          stack.push({ group: target, children: childElements(target), next: 0 });
        }
      }
    }
  };
  const root = byId.get(attrText(groupSet, 'root') ?? '') ?? groups[0];
  if (root) walk(root);
  for (const group of groups) if (!visited.has(group)) walk(group);
  return refs;
}

/** A reference to a text item outside the file, listed from what the reference says of it. */
function refStory(ref: Element): ImportedStory | null {
  const title = firstChild(ref, 'title');
  const descriptions = childElements(ref, 'description');
  const summary = descriptionOf(ref);
  if (!textOf(title) && !summary) return null;
  const description =
    descriptions.find((element) => /summary|abstract/i.test(attrText(element, 'role') ?? '')) ??
    descriptions[0];
  const blocks = description ? xmlToContent(description).blocks : [];
  return finishStory(
    newStory({
      format: 'newsml-g2',
      headline: textOf(title) ?? '',
      summary,
      blocks,
      wireId: attrText(ref, 'residref'),
      wireVersion: versionNumber(attrText(ref, 'version')),
      pubStatus: pubStatusOf(attrText(firstChild(ref, 'pubStatus'), 'qcode')),
      wireTime: parseWireDate(textOf(firstChild(ref, 'versionCreated'))),
      language: languageTag(
        attrText(description, 'lang') ?? attrText(title, 'lang') ?? attrText(ref, 'lang'),
      ),
    }),
  );
}

function refMedia(ref: Element, kind: MediaRef['kind']): MediaRef {
  return {
    kind,
    uri: attrText(ref, 'href') ?? attrText(ref, 'residref'),
    caption: descriptionOf(ref) ?? textOf(firstChild(ref, 'title')),
    // An itemRef's contenttype is usually the G2 item's own type, not the picture's.
    mimeType: mediaMime(attrText(ref, 'contenttype')),
  };
}

function mediaMime(contentType: string | null): string | null {
  return contentType && !/vnd\.iptc\.g2/i.test(contentType) ? contentType : null;
}
