import type { ExportDigest, ExportSection, ExportStory } from './digest-model';
import { imageUrl, webUrl } from './links';

/**
 * Small readings of the digest model that every exporter makes the same way, so that the web
 * page, the email, the plain text and the Markdown never disagree about what a story shows.
 */

/** Sections with at least one story: an empty one is a check warning, not a heading with nothing under it. */
export function visibleSections(digest: ExportDigest): ExportSection[] {
  return digest.sections.filter((section) => section.items.length > 0);
}

/**
 * Byline, source and dateline, in that order, without the empty ones, and each name once:
 * agency copy is often bylined with the agency itself ("БТА · БТА").
 */
export function metaParts(story: ExportStory): string[] {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const part of [story.byline, story.source, story.dateline]) {
    const text = part?.trim() ?? '';
    const key = text.toLocaleLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    parts.push(text);
  }
  return parts;
}

export interface StoryImage {
  src: string;
  /**
   * The caption, else the headline: never empty, so no image lacks alt text where nothing else
   * names it (the email's linked picture). The web page, which shows the caption under the
   * picture, leaves alt empty beside it.
   */
  alt: string;
  caption: string | null;
}

/** The story's picture if it can be shown (a still image with a usable URL). */
export function storyImage(story: ExportStory, allowData = false): StoryImage | null {
  const image = story.image;
  if (!image || (image.kind !== 'picture' && image.kind !== 'graphic')) return null;
  const src = imageUrl(image.uri, allowData);
  if (!src) return null;
  const caption = image.caption?.trim() || null;
  return { src, alt: caption ?? story.headline, caption };
}

/**
 * The summary unless the body already opens with it (the model falls back to the first
 * paragraph when there is no standfirst), so the full-body renderings do not print it twice.
 */
export function summaryBesideBody(story: ExportStory): string | null {
  const summary = story.summary?.trim();
  if (!summary) return null;
  if (!story.showBody) return summary;
  return story.bodyText.trimStart().startsWith(summary) ? null : summary;
}

/**
 * Whether the email (HTML and plain text) prints the story's text: only a story without a link
 * to the site, whose text is all the reader gets, and only where the editor left it shown (the
 * item's "full text": a long one is what pushes an edition past Gmail's clip).
 */
export function emailPrintsBody(story: ExportStory): boolean {
  return story.showBody && webUrl(story.link) === null;
}

/** Intro paragraphs from the plain intro text (blank-line separated). */
export function paragraphs(text: string | null): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
