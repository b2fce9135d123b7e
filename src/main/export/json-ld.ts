import { claimReviews } from './claim-review';
import type { ExportDigest, ExportStory } from './digest-model';
import { storyImage } from './digest-parts';
import { webUrl } from './links';

/**
 * Structured data for the web edition: a schema.org NewsArticle per story and a ClaimReview per
 * checked quote or claim (claim-review.ts decides which statuses count as checked). Every URL goes
 * through webUrl first, so a javascript: link typed into a story cannot ride along as data.
 */
export function storyJsonLd(story: ExportStory, digest: ExportDigest): object[] {
  const url = webUrl(story.link);
  const image = storyImage(story);
  const publisher = {
    '@type': 'Organization',
    name: digest.branding.publication,
    ...(webUrl(digest.branding.siteUrl) ? { url: webUrl(digest.branding.siteUrl) } : {}),
    ...(webUrl(digest.branding.logoUrl)
      ? { logo: { '@type': 'ImageObject', url: webUrl(digest.branding.logoUrl) } }
      : {}),
  };
  const author = story.byline
    ? { '@type': 'Person', name: story.byline }
    : story.source
      ? { '@type': 'Organization', name: story.source }
      : publisher;
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    ...(story.summary ? { description: story.summary } : {}),
    datePublished: story.wireTime ?? digest.date,
    author,
    publisher,
    inLanguage: story.language ?? digest.language,
    ...(url ? { url, mainEntityOfPage: url } : {}),
    ...(image ? { image: image.src } : {}),
  };
  // Orphaned annotations no longer point at text in the story, so there is nothing to review.
  const checked = story.annotations
    .filter((annotation) => !annotation.orphaned)
    .map((annotation) => ({ ...annotation, sourceUrl: webUrl(annotation.sourceUrl) }));
  return [
    article,
    ...claimReviews({ link: url, wireTime: story.wireTime }, checked, digest.branding.publication),
  ];
}

/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser ends a script at the
 * first "</script", whatever the JSON means, so "<" is written as \u003c (and ">" / "&" for
 * good measure); U+2028/2029 are escaped so the text is also valid as a JavaScript literal.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
