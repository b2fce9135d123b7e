import type { DigestItem, MediaRef, Story } from '../../shared/model';
import type { ExportDigest, ExportSection, ExportStory } from '../export/digest-model';
import { imageUrl, withoutTracking } from '../export/links';
import { withLinksRewritten } from '../export/lexical-walk';
import { readBranding } from '../handlers/settings-defaults';
import type { HandlerContext } from '../handlers/context';
import { loadDigest } from './load';
import { detectQuotesCached } from '../quotes/detect-cache';
import { openSuggestions } from '../quotes/open-suggestions';

/** The edition as exporters see it: overrides applied, hidden fields removed, sections in order. */
export function buildExportDigest(ctx: HandlerContext, digestId: number): ExportDigest {
  const digest = loadDigest(ctx, digestId);
  const branding = readBranding(ctx);
  const story = (item: DigestItem) =>
    toExportStory(item, ctx.stories.get(item.storyId)!, digest.language, ctx);
  const lead = digest.items.filter((item) => item.sectionId === null).map(story);
  const sections: ExportSection[] = digest.sections.map((section) => ({
    id: section.id,
    name: section.name,
    items: digest.items.filter((item) => item.sectionId === section.id).map(story),
  }));
  return {
    id: digest.id,
    date: digest.date,
    title: digest.title,
    subject: digest.subject,
    preheader: digest.preheader,
    intro: digest.intro,
    introText: digest.introText,
    signoff: digest.signoff,
    timezone: digest.timezone,
    closeTime: digest.closeTime,
    language: digest.language,
    // The lead (stories outside any section) opens the edition as an unnamed section.
    sections: lead.length > 0 ? [{ id: 0, name: '', items: lead }, ...sections] : sections,
    branding,
    generatedAt: ctx.now(),
  };
}

function toExportStory(
  item: DigestItem,
  story: Story,
  language: string,
  ctx: HandlerContext,
): ExportStory {
  // A story sent as its summary alone: the quotes and claims in its text go nowhere, and no
  // check, ClaimReview or suggestion is about them.
  const annotations = item.showBody ? ctx.annotations.listForStory(story.id) : [];
  return {
    storyId: story.id,
    itemId: item.id,
    headline: item.headline,
    summary: item.summaryOverride ?? story.summary ?? firstParagraph(story.bodyText),
    // The wire's links without the agency's campaign tags: the newsroom's mail is not theirs
    // to count readers by (the intro's links are the editor's own, and stay as written).
    body: withLinksRewritten(story.body, withoutTracking),
    bodyText: story.bodyText,
    showBody: item.showBody,
    byline: item.showByline ? story.byline : null,
    source: item.showSource ? story.source : null,
    image: item.showImage ? digestPicture(story.media) : null,
    dateline: story.dateline,
    link: story.link && withoutTracking(story.link),
    wireTime: story.wireTime,
    storyDate: story.storyDate,
    language: story.language,
    wordsLanguage:
      item.headlineOverride || item.summaryOverride ? language : (story.language ?? language),
    pubStatus: story.pubStatus,
    embargoUntil: story.embargoUntil,
    expiresAt: story.expiresAt,
    annotations,
    overridesOutdated: overridesOutdated(item, ctx),
    openQuotes: item.showBody
      ? openSuggestions(
          detectQuotesCached(story.bodyText, story.language),
          story.body,
          annotations,
          ctx.annotations.dismissedQuotes(story.id),
        ).length
      : 0,
  };
}

/**
 * The story's picture in the edition: the first one the exports can show (https), else the first
 * picture at all, so that the checks say why none is shown. Agencies list an http thumbnail or
 * preview before the https rendition: taking the first alone dropped a usable picture.
 */
function digestPicture(media: MediaRef[]): MediaRef | null {
  const pictures = media.filter((ref) => ref.kind === 'picture' && ref.uri);
  return pictures.find((ref) => imageUrl(ref.uri)) ?? pictures[0] ?? null;
}

function firstParagraph(text: string): string | null {
  const first = text.split(/\n\n/).find((paragraph) => paragraph.trim() !== '');
  return first ? first.trim() : null;
}

/** Whether a wire update came after the item's digest headline or summary was written. */
function overridesOutdated(item: DigestItem, ctx: HandlerContext): boolean {
  if (!item.headlineOverride && !item.summaryOverride) return false;
  const revision = item.overridesRevision;
  return revision !== null && ctx.stories.wireUpdatedSince(item.storyId, revision);
}
