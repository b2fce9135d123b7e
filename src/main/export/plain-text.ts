import type { ExportDigest, ExportStory } from './digest-model';
import {
  emailPrintsBody,
  metaParts,
  paragraphs,
  summaryBesideBody,
  visibleSections,
} from './digest-parts';
import { textBlocks } from './lexical-walk';
import { webUrl } from './links';
import { exportStrings, formatEditionDate } from './strings';
import { mailSafeText } from './text-clean';
import { unsubscribeLink } from './unsubscribe';
import { columns, wrap } from './wrap';

/**
 * The email's text/plain alternative, also what screen readers and text-only clients show:
 * the same stories as the HTML, numbered through the whole edition so a reader can say "story 7",
 * wrapped at 72 columns with every URL whole on its own line.
 */
export function renderPlainText(digest: ExportDigest): string {
  const strings = exportStrings(digest.language);
  const siteUrl = webUrl(digest.branding.siteUrl);
  const blocks: string[] = [];
  blocks.push(
    [
      wrap(digest.branding.publication),
      wrap(digest.title),
      wrap(formatEditionDate(digest.date, digest.language)),
    ].join('\n'),
  );
  if (siteUrl) blocks.push(`${wrap(`${strings.viewInBrowser}:`)}\n${siteUrl}`);
  // The intro as written (with its links' addresses) where there is one, else its text.
  const intro = digest.intro ? textBlocks(digest.intro) : paragraphs(digest.introText);
  for (const paragraph of intro) blocks.push(wrapBlock(paragraph, ''));

  let number = 0;
  for (const section of visibleSections(digest)) {
    const name = section.name.trim();
    // A blank line more before each section than between stories, so sections stand apart.
    // The lead (an unnamed section) opens the edition with no heading, as in the email.
    if (name) blocks.push(`\n${wrap(name)}\n${'='.repeat(Math.min(columns(name), 72))}`);
    for (const story of section.items) {
      number += 1;
      blocks.push(renderStory(story, number, strings.readMore));
    }
  }

  for (const paragraph of paragraphs(digest.signoff)) blocks.push(wrap(paragraph));
  const unsubscribe = unsubscribeLink(digest.branding.unsubscribeUrl);
  // "-- " is the signature separator mail clients recognise and can fold away.
  blocks.push(
    [
      '-- ',
      siteUrl ? `${digest.branding.publication}\n${siteUrl}` : digest.branding.publication,
      wrap(strings.footer(digest.branding.publication)),
      ...(unsubscribe ? [`${strings.unsubscribe}: ${unsubscribe.href}`] : []),
    ].join('\n'),
  );
  return `${mailSafeText(blocks.join('\n\n'))}\n`;
}

function renderStory(story: ExportStory, number: number, readMore: string): string {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  const link = webUrl(story.link);
  const lines = [wrap(story.headline, { firstIndent: marker, indent })];
  const meta = metaParts(story);
  if (meta.length) lines.push(wrap(meta.join(' · '), { indent }));
  if (link) {
    if (story.summary?.trim()) lines.push(wrap(story.summary.trim(), { indent }));
    // Labelled in the reader's language as the HTML's link is, the address whole on its own line.
    lines.push(wrap(`${readMore}:`, { indent }), `${indent}${link}`);
    return lines.join('\n');
  }
  // No link: as in the HTML email, the body is printed, since the reader has nowhere to go
  // (unless the editor chose the summary alone).
  const summary = summaryBesideBody(story);
  if (summary) lines.push(wrap(summary, { indent }));
  if (!emailPrintsBody(story)) return lines.join('\n');
  const body = textBlocks(story.body).map((block) => wrapBlock(block, indent));
  return [lines.join('\n'), ...body].join('\n\n');
}

/** Wraps a body block; list lines keep their marker and hang their continuation under the text. */
function wrapBlock(block: string, indent: string): string {
  return block
    .split('\n')
    .map((line) => {
      const marker = /^(\s*)(-|\d+\.) /.exec(line);
      if (!marker) return wrap(line, { indent });
      const hanging = indent + ' '.repeat(marker[0].length);
      return wrap(line.slice(marker[0].length), {
        indent: hanging,
        firstIndent: indent + marker[0],
      });
    })
    .join('\n');
}
