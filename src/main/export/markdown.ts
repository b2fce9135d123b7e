import type { ExportDigest, ExportStory } from './digest-model';
import {
  metaParts,
  paragraphs,
  storyImage,
  summaryBesideBody,
  visibleSections,
} from './digest-parts';
import { webUrl } from './links';
import { escapeMarkdown, lexicalToMarkdown, markdownUrl } from './markdown-body';
import { exportStrings, formatEditionDate } from './strings';

/**
 * The digest as Markdown, for CMSs, chat tools and newsletters platforms that take it: the web
 * page's content and order (title h1, section h2, story h3, full bodies), every text escaped.
 */
export function renderMarkdown(digest: ExportDigest): string {
  const strings = exportStrings(digest.language);
  const siteUrl = webUrl(digest.branding.siteUrl);
  const blocks: string[] = [
    `# ${oneLine(digest.title)}`,
    `**${oneLine(digest.branding.publication)}** · ${escapeMarkdown(formatEditionDate(digest.date, digest.language))}`,
  ];
  if (siteUrl) blocks.push(`[${escapeMarkdown(strings.viewInBrowser)}](${markdownUrl(siteUrl)})`);
  const intro = digest.intro
    ? lexicalToMarkdown(digest.intro, 1)
    : paragraphs(digest.introText).map(escapeMarkdown).join('\n\n');
  if (intro.trim()) blocks.push(intro);

  for (const section of visibleSections(digest)) {
    if (section.name.trim()) blocks.push(`## ${oneLine(section.name)}`); // the lead has none
    for (const story of section.items) blocks.push(renderStory(story, digest));
  }

  const signoff = paragraphs(digest.signoff).map(escapeMarkdown);
  blocks.push(
    '---',
    ...signoff,
    `*${escapeMarkdown(strings.footer(digest.branding.publication))}*`,
  );
  return `${blocks.join('\n\n')}\n`;
}

function renderStory(story: ExportStory, digest: ExportDigest): string {
  // "Read more" is the reader's: the edition's language, whatever the story's.
  const strings = exportStrings(digest.language);
  const link = webUrl(story.link);
  const image = storyImage(story, true);
  const parts = [`### ${oneLine(story.headline)}`];
  const meta = metaParts(story);
  if (meta.length) parts.push(`*${oneLine(meta.join(' · '))}*`);
  if (image) parts.push(`![${imageAlt(image.alt)}](${markdownUrl(image.src)})`);
  const summary = summaryBesideBody(story);
  if (summary) parts.push(`**${oneLine(summary)}**`);
  // Headings in the body sit under the story's h3.
  const body = story.showBody ? lexicalToMarkdown(story.body, 3) : '';
  if (body) parts.push(body);
  if (link) parts.push(`[${escapeMarkdown(strings.readMore)} →](${markdownUrl(link)})`);
  return parts.join('\n\n');
}

/**
 * Alt text ends up inside a quoted attribute, and some renderers (marked 16) copy it there
 * without escaping quotes: `![a " onerror="…"](…)` became an event handler. CommonMark decodes
 * entities in alt text, so `&quot;` still reads as a quote.
 */
function imageAlt(text: string): string {
  return oneLine(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text for a one-line construct (heading, alt text): newlines would end it early. */
function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
