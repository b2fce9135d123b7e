import type { Digest, Story } from '../../shared/model';
import { escapeHtml } from './escape';
import { lexicalToHtml } from './lexical-html';

export interface HtmlExportOptions {
  generatedAt: string;
}

/**
 * The digest as one standalone web page: semantic (article per story), no external requests,
 * a strict CSP of its own, and readable with styles off.
 */
export function renderDigestHtml(
  digest: Digest,
  stories: Story[],
  options: HtmlExportOptions,
): string {
  const language = dominantLanguage(stories);
  const articles = stories.map((story) => renderArticle(story)).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<meta name="generator" content="Edition">
<title>${escapeHtml(digest.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(digest.title)}</h1>
<p class="date"><time datetime="${escapeHtml(digest.date)}">${escapeHtml(digest.date)}</time></p>
</header>
<main>
${articles || '<p class="empty">—</p>'}
</main>
<footer><p>${escapeHtml(digest.title)} · <time datetime="${escapeHtml(options.generatedAt)}">${escapeHtml(options.generatedAt.slice(0, 10))}</time></p></footer>
</body>
</html>
`;
}

function renderArticle(story: Story): string {
  const meta = [story.byline, story.source, story.dateline]
    .filter(Boolean)
    .map((part) => escapeHtml(part!));
  return `<article id="story-${story.id}">
<h2>${escapeHtml(story.headline)}</h2>
${meta.length ? `<p class="meta">${meta.join(' · ')}</p>\n` : ''}${lexicalToHtml(story.body, { headingOffset: 1 })}</article>`;
}

function dominantLanguage(stories: Story[]): string {
  const counts = new Map<string, number>();
  for (const story of stories) {
    if (story.language) counts.set(story.language, (counts.get(story.language) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'bg';
}

const STYLE = `
:root { color-scheme: light dark; --ink: #1b1b1f; --paper: #fff; --muted: #5b5b66; --rule: #ddd; }
@media (prefers-color-scheme: dark) { :root { --ink: #ececf1; --paper: #16161a; --muted: #a0a0ad; --rule: #33333a; } }
body { margin: 0 auto; max-width: 42rem; padding: 1.5rem 1rem 3rem; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
h1 { font: 700 2rem/1.2 system-ui, sans-serif; margin: 0 0 .25rem; }
h2 { font: 700 1.375rem/1.3 system-ui, sans-serif; margin: 0 0 .5rem; }
.date, .meta, footer { color: var(--muted); font: .875rem/1.4 system-ui, sans-serif; }
article { border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
blockquote { margin: 0 0 1rem; padding-left: 1rem; border-left: 3px solid var(--rule); }
a { color: inherit; }
`;
