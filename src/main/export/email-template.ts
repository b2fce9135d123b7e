import type { ExportDigest, ExportSection, ExportStory } from './digest-model';
import {
  emailPrintsBody,
  metaParts,
  paragraphs,
  storyImage,
  summaryBesideBody,
  visibleSections,
} from './digest-parts';
import { directionOf, editionDirection, languageAttributes, wordsAttributes } from './direction';
import { CONTENT_WIDTH } from './email-styles';
import { escapeHtml } from './escape';
import { lexicalToHtml } from './lexical-html';
import { singleNodeBody, topLevelNodes } from './lexical-walk';
import { webUrl } from './links';
import { exportStrings, formatEditionDate } from './strings';
import { unsubscribeLink } from './unsubscribe';
import { shortened } from './text-clean';

/**
 * The email's markup before juice inlines the styles: one 600 px column of table rows, each
 * gap a <td> padding (see email-styles.ts for why). Text is escaped here; email-html.ts then
 * inlines, compacts and strips the characters Outlook mangles.
 */

/** Attributes every layout table needs: role="presentation" so screen readers skip the grid. */
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

/**
 * Fills the inbox preview after the preheader, so clients do not pull "View in browser" or the
 * first headline into it. Written as entities, which text-clean.ts leaves alone.
 */
const PREHEADER_PADDING = '&zwnj;&nbsp;'.repeat(90);

export function emailDocument(digest: ExportDigest, css: string): string {
  const rows = [
    viewInBrowserRow(digest),
    mastheadRows(digest),
    introRows(digest),
    ...visibleSections(digest).map((section) => sectionRows(section, digest)),
    signoffRow(digest),
    footerRow(digest),
  ];
  // The preheader falls back to the intro's opening so the preview never shows layout text.
  const preheader = digest.preheader.trim() || shortened(digest.introText.trim(), 140);
  return `<!doctype html>
<html lang="${escapeHtml(digest.language)}" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(digest.subject)}</title>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>${css}</style>
</head>
<body class="bg">
<div class="pre">${escapeHtml(preheader)}${PREHEADER_PADDING}</div>
<table ${TABLE} width="100%" class="bg"><tr><td class="o">
<!--[if mso]><table ${TABLE} width="600" align="center"><tr><td><![endif]-->
<table ${TABLE} width="100%" align="center" class="w">
${rows.filter(Boolean).join('\n')}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
`;
}

/** A one-cell row; `attributes` (` lang="ar" dir="rtl"`) for text in another language or direction. */
function row(className: string, content: string, attributes = ''): string {
  return `<tr><td${className ? ` class="${className}"` : ''}${attributes}>${content}</td></tr>`;
}

function viewInBrowserRow(digest: ExportDigest): string {
  const siteUrl = webUrl(digest.branding.siteUrl);
  if (!siteUrl) return '';
  const strings = exportStrings(digest.language);
  return row('top', `<a href="${escapeHtml(siteUrl)}">${escapeHtml(strings.viewInBrowser)}</a>`);
}

/**
 * The publication as a text wordmark rather than its logo: images are off by default in Outlook
 * and many webmails, and the model has no logo dimensions to give Outlook a fixed size.
 */
function mastheadRows(digest: ExportDigest): string {
  return [
    row('pub', escapeHtml(digest.branding.publication)),
    row('', `<h1>${escapeHtml(digest.title)}</h1>`),
    row('mu', escapeHtml(formatEditionDate(digest.date, digest.language))),
  ].join('\n');
}

function introRows(digest: ExportDigest): string {
  if (digest.intro && topLevelNodes(digest.intro).length > 0) {
    return bodyCells(digest.intro, 1, 'in')
      .map(([className, content]) => row(className, content))
      .join('\n');
  }
  return paragraphs(digest.introText)
    .map((paragraph) => row('in', escapeHtml(paragraph)))
    .join('\n');
}

function sectionRows(section: ExportSection, digest: ExportDigest): string {
  // The lead (an unnamed section) opens the edition with no heading of its own.
  const heading = section.name.trim() ? [row('sec', `<h2>${escapeHtml(section.name)}</h2>`)] : [];
  return [...heading, ...section.items.map((story) => storyRows(story, digest))].join('\n');
}

/**
 * A story as rows: picture, headline, byline line, summary, "read more". With a link the email
 * stays a digest (the story is on the site); without one the body is all the reader gets, so it
 * is printed in full. The first row gets the gap above the story and the last the rule under it.
 */
function storyRows(story: ExportStory, digest: ExportDigest): string {
  // "Read more" is the reader's: the edition's language, whatever the story's.
  const strings = exportStrings(digest.language);
  const link = webUrl(story.link);
  const href = link ? escapeHtml(link) : null;
  const image = storyImage(story);
  const headline = escapeHtml(story.headline);
  // Each cell says its language and direction where they are not the edition's: the headline's
  // cells the words', the body's the wire's (an editor's Bulgarian headline over Arabic copy).
  const words = story.wordsLanguage ?? digest.language;
  const edition = { language: digest.language, direction: editionDirection(digest.language) };
  const wordsDirection = directionOf(words, story.headline, digest.language);
  const headlineAttributes = languageAttributes(words, wordsDirection, edition);
  const bodyAttributes = languageAttributes(
    story.language,
    directionOf(story.language, story.bodyText, digest.language),
    edition,
  );
  const cells: Cell[] = [];
  if (image) {
    const img = `<img class="im" src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" width="${CONTENT_WIDTH}">`;
    cells.push(['', href ? `<a href="${href}">${img}</a>` : img]);
  }
  cells.push(['', `<h3>${href ? `<a class="hl" href="${href}">${headline}</a>` : headline}</h3>`]);
  const meta = metaParts(story);
  if (meta.length) cells.push(['mu', escapeHtml(meta.join(' · '))]);
  if (link) {
    // "Read more" shares the summary's cell (a line of its own): one cell less per story is
    // ~170 bytes of inlined style, which is what keeps 40 stories under Gmail's clip.
    // Its cell is in the story's words; the label says it is in the reader's language.
    const moreAttributes = wordsAttributes(strings.language, {
      language: words,
      direction: wordsDirection,
    });
    const more = `<a class="more" href="${href}"${moreAttributes}>${escapeHtml(strings.readMore)} →</a>`;
    const summary = story.summary?.trim();
    cells.push(['', summary ? `${escapeHtml(summary)}<br>${more}` : more]);
  } else {
    const summary = summaryBesideBody(story);
    if (summary) cells.push(['', `<strong>${escapeHtml(summary)}</strong>`]);
    if (emailPrintsBody(story))
      cells.push(
        ...bodyCells(story.body, 3, '').map(([className, content]): Cell => [
          className,
          content,
          bodyAttributes,
        ]),
      );
  }
  cells[0]![0] = `${cells[0]![0]} st`.trim();
  cells[cells.length - 1]![0] = `${cells[cells.length - 1]![0]} end`.trim();
  return cells
    .map(([className, content, attributes]) =>
      row(className, content, attributes ?? headlineAttributes),
    )
    .join('\n');
}

/** A cell's class, content and, where they differ from the headline's, its language attributes. */
type Cell = [className: string, content: string, attributes?: string];

/** A Lexical body as one cell per top-level block, so paragraph spacing is td padding. */
function bodyCells(body: ExportStory['body'], headingOffset: number, className: string): Cell[] {
  return topLevelNodes(body).flatMap((node): Cell[] => {
    const html = lexicalToHtml(singleNodeBody(node), { headingOffset }).trim();
    if (!html || html === '<p></p>') return [];
    return [[[className, node.type === 'quote' ? 'q' : ''].filter(Boolean).join(' '), html]];
  });
}

function signoffRow(digest: ExportDigest): string {
  const signoff = digest.signoff?.trim();
  if (!signoff) return '';
  return (
    paragraphs(signoff)
      // Every paragraph in italics (the web page's .signoff), the gap above the first only.
      .map((paragraph, index) => row(index === 0 ? 'so sf' : 'so', escapeHtml(paragraph)))
      .join('\n')
  );
}

function footerRow(digest: ExportDigest): string {
  const strings = exportStrings(digest.language);
  const siteUrl = webUrl(digest.branding.siteUrl);
  const name = escapeHtml(digest.branding.publication);
  const publication = siteUrl ? `<a href="${escapeHtml(siteUrl)}">${name}</a>` : name;
  // A merge tag goes into the href as it is: the mail service puts each reader's link there.
  const unsubscribe = unsubscribeLink(digest.branding.unsubscribeUrl);
  const out = unsubscribe
    ? `<br><a href="${escapeHtml(unsubscribe.href)}">${escapeHtml(strings.unsubscribe)}</a>`
    : '';
  return row(
    'ft',
    `${publication}<br>${escapeHtml(strings.footer(digest.branding.publication))}${out}`,
  );
}
