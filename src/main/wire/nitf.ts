import { languageTag, pubStatusOf, unique, urgencyOf } from './story-fields';
import type { MediaRef } from '../../shared/model';
import { blockText, plainInlines, type Block } from './blocks';
import { datelineOf } from './lead-dateline';
import { parseWireDate, wireDay } from './dates';
import type { XmlImporter } from './registry';
import { finishStory, hasContent, mergeStory } from './story-merge';
import { ImportError, newStory, type ImportedStory } from './types';
import { attrText, mediaKindOf, uniqueMedia, versionNumber } from './wire-fields';
import { xmlBlockText, xmlToContent, type MarkupOptions } from './xml-markup';
import {
  childElements,
  findAll,
  firstChild,
  localName,
  phraseOf,
  textOf,
  type Element,
} from './xml';

/**
 * NITF body markup is HTML-like, but its own names would be lost in sanitising: hl2 is a
 * section heading, bq a block quote (its credit the attribution line), block a container.
 * Media and classification elements are recorded as metadata, never read as body text.
 */
const BODY_MARKUP: MarkupOptions = {
  rename: {
    hl1: 'h2',
    hl2: 'h2',
    bq: 'blockquote',
    credit: 'p',
    block: 'div',
    fn: 'div',
    'nitf-table': 'div',
    byline: 'p',
    dateline: 'p',
    abstract: 'div',
  },
  // Not <classifier>: an inline element, its words are the sentence's ("…in Sofia, the capital").
  drop: new Set(['media', 'tobject', 'key-list', 'nitf-table-metadata']),
};

export const nitfImporter: XmlImporter = {
  format: 'nitf',
  sniff: (root) => localName(root) === 'nitf',
  parse(document) {
    const story = nitfElementToStory(document.documentElement!);
    if (!hasContent(story))
      throw new ImportError('the NITF document has no headline and no text', { key: 'noText' });
    return [story];
  },
};

/**
 * One NITF document to a story. `overrides` are the values of an envelope around it (NewsML-G2
 * inlineXML, NewsML 1.2 DataContent): they win over what the NITF head says.
 */
export function nitfElementToStory(
  nitf: Element,
  overrides: Partial<ImportedStory> = {},
): ImportedStory {
  const head = firstChild(nitf, 'head');
  const body = firstChild(nitf, 'body');
  const bodyHead = body && firstChild(body, 'body.head');
  const docdata = head && firstChild(head, 'docdata');
  const hedline = bodyHead && firstChild(bodyHead, 'hedline');

  const subheadline = hedline ? textOf(firstChild(hedline, 'hl2')) : null;
  const abstract = bodyHead ? xmlBlockText(firstChild(bodyHead, 'abstract')) : null;
  const dateline = bodyHead && firstChild(bodyHead, 'dateline');
  const bylines = bodyHead ? childElements(bodyHead, 'byline').map(phraseOf) : [];

  const language = overrides.language ?? nitfLanguage(nitf, head, body);
  const blocks: Block[] = [];
  const quotes: ImportedStory['quotes'] = [];
  const media: MediaRef[] = [];
  for (const content of body ? childElements(body, 'body.content') : []) {
    const read = xmlToContent(content, { ...BODY_MARKUP, language });
    blocks.push(...read.blocks);
    quotes.push(...read.quotes);
    media.push(...read.media);
  }
  if (body) media.push(...findAll(body, 'media').map(mediaRef));
  // The closing credit line ("Reporting by …; editing by …") ends the text, as in print.
  const bodyEnd = body && firstChild(body, 'body.end');
  const tagline = bodyEnd ? textOf(firstChild(bodyEnd, 'tagline')) : null;
  if (tagline) blocks.push({ kind: 'paragraph', inlines: plainInlines(tagline) });

  const issuedAt = attrText(docdata && firstChild(docdata, 'date.issue'), 'norm');
  const issued = parseWireDate(issuedAt);
  const wireTime =
    issued ?? parseWireDate(attrText(head && firstChild(head, 'pubdata'), 'date.publication'));
  const status = attrText(docdata, 'management-status');
  // The day in the wire's own zone: filed in Sofia at 01:30, the story is that morning's.
  const storyDate =
    wireDay(attrText(dateline && firstChild(dateline, 'story.date'), 'norm')) ?? wireDay(issuedAt);
  const duKey = docdata && firstChild(docdata, 'du-key');
  const docId = docdata && firstChild(docdata, 'doc-id');

  // No <dateline>: the lead's own ("Бургас, 28 ноември (БТА) - …"), as plain text is read.
  const leadBlock = blocks.find((block) => block.kind === 'paragraph');
  const leadPlace =
    dateline || !leadBlock ? null : datelineOf(blockText(leadBlock), { knownAgencyOnly: true });
  const base = newStory({
    format: 'nitf',
    headline:
      textOf(hedline && firstChild(hedline, 'hl1')) ??
      textOf(head && firstChild(head, 'title')) ??
      '',
    // A second headline line reads below the first: the standfirst, unless an abstract is that.
    summary: abstract ?? subheadline,
    kicker: abstract ? subheadline : null,
    byline: unique(bylines).join('; ') || null,
    dateline: phraseOf(dateline) ?? leadPlace?.dateline ?? null,
    source: nitfSource(docdata, bodyHead) ?? leadPlace?.source ?? null,
    language,
    storyDate: storyDate ?? null,
    wireTime,
    ...nitfIdentity(docId, docdata, bodyHead),
    wireVersion: versionNumber(attrText(duKey, 'version') ?? attrText(docId, 'version')),
    slugline: attrText(duKey, 'key'),
    pubStatus: pubStatusOf(status, nitfEmbargo(docdata, issued, status)),
    embargoUntil: nitfEmbargo(docdata, issued, status),
    expiresAt: parseWireDate(attrText(docdata && firstChild(docdata, 'date.expire'), 'norm')),
    urgency: urgencyOf(attrText(docdata && firstChild(docdata, 'urgency'), 'ed-urg')),
    edNote: attrText(docdata && firstChild(docdata, 'ed-msg'), 'info'),
    subjects: nitfSubjects(head, docdata),
    blocks,
    quotes,
    media: uniqueMedia(media),
  });
  return finishStory(mergeStory(base, overrides));
}

/**
 * A release date after the issue date is an embargo; so is any release date the wire marks
 * embargoed. Without an issue date to compare, a release date is taken as an embargo too:
 * holding copy a moment too long is harmless, publishing it early is not.
 */
function nitfEmbargo(
  docdata: Element | null,
  issued: string | null,
  status: string | null,
): string | null {
  const release = parseWireDate(attrText(docdata && firstChild(docdata, 'date.release'), 'norm'));
  if (!release) return null;
  if (status?.toLowerCase() === 'embargoed' || !issued) return release;
  return release > issued ? release : null;
}

/**
 * A doc-id is unique only within the source that registered it (`regsrc`): BTA's 1001 and TASS's
 * 1001 are two stories. The id is qualified by that source (else by the story's source), unless
 * it is a URN or URI already; a story stored under the bare id before is found by it
 * (`legacyWireId`, with the same source) and takes the qualified one.
 */
function nitfIdentity(
  docId: Element | null,
  docdata: Element | null,
  bodyHead: Element | null,
): { wireId: string | null; legacyWireId: string | null } {
  const id = attrText(docId, 'id-string');
  if (!id || /^(?:urn|https?|tag):/i.test(id)) return { wireId: id, legacyWireId: null };
  const scope = attrText(docId, 'regsrc') ?? nitfSource(docdata, bodyHead);
  return scope
    ? { wireId: `${scope}:${id}`, legacyWireId: id }
    : { wireId: id, legacyWireId: null };
}

function nitfSource(docdata: Element | null, bodyHead: Element | null): string | null {
  return (
    attrText(docdata && firstChild(docdata, 'doc.copyright'), 'holder') ??
    attrText(docdata && firstChild(docdata, 'doc.rights'), 'owner') ??
    textOf(bodyHead && firstChild(bodyHead, 'distributor')) ??
    attrText(docdata && firstChild(docdata, 'doc-id'), 'regsrc')
  );
}

function nitfLanguage(nitf: Element, head: Element | null, body: Element | null): string | null {
  const meta = head
    ? childElements(head, 'meta').find((element) =>
        /^(dc\.)?lang(uage)?$/i.test(attrText(element, 'name') ?? ''),
      )
    : undefined;
  return languageTag(
    attrText(nitf, 'lang') ??
      attrText(head, 'lang') ??
      attrText(body, 'lang') ??
      attrText(nitf, 'baselang') ??
      attrText(meta, 'content'),
  );
}

/** Readable subject names before codes: an editor filters by "Health", not by 07000000. */
function nitfSubjects(head: Element | null, docdata: Element | null): string[] {
  const subjects = head
    ? childElements(head, 'tobject').flatMap((tobject) =>
        childElements(tobject, 'tobject.subject').map(
          (subject) =>
            attrText(subject, 'tobject.subject.detail') ??
            attrText(subject, 'tobject.subject.matter') ??
            attrText(subject, 'tobject.subject.type') ??
            attrText(subject, 'tobject.subject.refnum'),
        ),
      )
    : [];
  const keyList = docdata && firstChild(docdata, 'key-list');
  const keywords = keyList
    ? childElements(keyList, 'keyword').map((keyword) => attrText(keyword, 'key'))
    : [];
  return unique([...subjects, ...keywords]);
}

function mediaRef(media: Element): MediaRef {
  const reference = firstChild(media, 'media-reference');
  const kind = mediaKindOf(attrText(media, 'media-type'));
  return {
    kind: kind === null || kind === 'text' ? 'other' : kind,
    uri: attrText(reference, 'source') ?? attrText(reference, 'data'),
    caption: textOf(firstChild(media, 'media-caption')) ?? attrText(reference, 'alternate-text'),
    mimeType: attrText(reference, 'mime-type'),
  };
}
