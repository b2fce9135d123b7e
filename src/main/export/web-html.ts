import { accentPalette } from './colors';
import type { ExportDigest, ExportSection, ExportStory } from './digest-model';
import { directionOf, editionDirection, languageAttributes, wordsAttributes } from './direction';
import {
  metaParts,
  paragraphs,
  storyImage,
  type StoryImage,
  summaryBesideBody,
  visibleSections,
} from './digest-parts';
import { escapeHtml } from './escape';
import { jsonLdScript, storyJsonLd } from './json-ld';
import { lexicalToHtml } from './lexical-html';
import { imageUrl, webUrl } from './links';
import { exportStrings, formatEditionDate } from './strings';
import { excerpt } from './text-clean';
import { webCss } from './web-styles';

/** Characters of the page's meta description, its ellipsis included. */
const DESCRIPTION_MAX = 160;

/**
 * The edition as one standalone web page: semantic (section → h2, article → h3), every text
 * escaped, nothing fetched but the stories' own https images (the page's CSP says so too), and
 * a NewsArticle / ClaimReview JSON-LD block per story for search engines.
 */
export function renderWebHtml(digest: ExportDigest): string {
  const siteUrl = webUrl(digest.branding.siteUrl);
  // Search results show about 160 characters of it; the intro it falls back to is often pages.
  const description = excerpt(digest.preheader.trim() || digest.introText, DESCRIPTION_MAX);
  const sections = visibleSections(digest).map((section) => renderSection(section, digest));
  return `<!doctype html>
<html lang="${escapeHtml(digest.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Edition">
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<title>${escapeHtml(digest.title)}</title>
<style>${webCss(accentPalette(digest.branding.accent))}</style>
</head>
<body>
<header class="masthead">
${renderPublication(digest)}
<h1>${escapeHtml(digest.title)}</h1>
<p class="date"><time datetime="${escapeHtml(digest.date)}">${escapeHtml(formatEditionDate(digest.date, digest.language))}</time></p>
</header>
<main>
${renderIntro(digest)}${sections.join('\n')}
${renderSignoff(digest)}</main>
<footer>
<p>${siteUrl ? `<a href="${escapeHtml(siteUrl)}">${escapeHtml(digest.branding.publication)}</a>` : escapeHtml(digest.branding.publication)}</p>
</footer>
</body>
</html>
`;
}

function renderPublication(digest: ExportDigest): string {
  const name = escapeHtml(digest.branding.publication);
  const logo = imageUrl(digest.branding.logoUrl, true);
  return logo
    ? `<p class="publication"><img src="${escapeHtml(logo)}" alt="${name}"></p>`
    : `<p class="publication">${name}</p>`;
}

function renderIntro(digest: ExportDigest): string {
  const html = digest.intro
    ? lexicalToHtml(digest.intro, { headingOffset: 1 })
    : paragraphs(digest.introText)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>\n`)
        .join('');
  return html.trim() ? `<div class="intro">\n${html}</div>\n` : '';
}

function renderSignoff(digest: ExportDigest): string {
  const lines = paragraphs(digest.signoff).map((line) => `<p>${escapeHtml(line)}</p>`);
  return lines.length ? `<div class="signoff">\n${lines.join('\n')}\n</div>\n` : '';
}

function renderSection(section: ExportSection, digest: ExportDigest): string {
  const id = `section-${section.id}`;
  const articles = section.items.map((story) => renderArticle(story, digest)).join('\n');
  // The lead (an unnamed section) opens the page with no heading of its own.
  if (!section.name.trim()) return `<section>\n${articles}\n</section>`;
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(section.name)}</h2>
${articles}
</section>`;
}

function renderArticle(story: ExportStory, digest: ExportDigest): string {
  const words = story.wordsLanguage ?? digest.language;
  // "Read more" is the reader's: the edition's language, whatever the story's.
  const strings = exportStrings(digest.language);
  const meta = metaParts(story).map(escapeHtml);
  const image = storyImage(story, true);
  const summary = summaryBesideBody(story);
  const link = webUrl(story.link);
  const edition = { language: digest.language, direction: editionDirection(digest.language) };
  const wordsDirection = directionOf(words, story.headline, digest.language);
  const lang = languageAttributes(words, wordsDirection, edition);
  // The wire's body keeps its own language and direction where the editor's words around it
  // are another's.
  const bodyHtml = story.showBody ? lexicalToHtml(story.body, { headingOffset: 3 }).trimEnd() : '';
  const bodyAttributes = languageAttributes(
    story.language,
    directionOf(story.language, story.bodyText, digest.language),
    { language: words, direction: wordsDirection },
  );
  const body =
    bodyHtml && bodyAttributes ? `<div${bodyAttributes}>\n${bodyHtml}\n</div>` : bodyHtml;
  // On the link, not its paragraph: the paragraph keeps the article's alignment.
  const moreAttributes = wordsAttributes(strings.language, {
    language: words,
    direction: wordsDirection,
  });
  const parts = [
    `<h3>${escapeHtml(story.headline)}</h3>`,
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
    image ? webFigure(image) : '',
    summary ? `<p class="summary">${escapeHtml(summary)}</p>` : '',
    // Headings in the body sit under the story's h3.
    body,
    link
      ? `<p class="more"><a href="${escapeHtml(link)}" rel="noopener"${moreAttributes}>${escapeHtml(strings.readMore)} →</a></p>`
      : '',
    jsonLdScript(storyJsonLd(story, digest)),
  ];
  return `<article id="story-${story.itemId}"${lang}>
${parts.filter(Boolean).join('\n')}
</article>`;
}

/**
 * A story's picture. With a caption, the figcaption says it and names the figure, and the
 * image's alt is empty: the caption is all we know of the picture, and as alt text too a screen
 * reader would read it twice. Without one the alt falls back to the headline (as the checks'
 * image-caption warning says), so the picture is not silent.
 */
function webFigure(image: StoryImage): string {
  const alt = image.caption ? '' : image.alt;
  const img = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`;
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure>${img}${caption}</figure>`;
}
