import { accentPalette } from './colors';
import type { ExportDigest } from './digest-model';
import { inlineStyles, preservedCss } from './email-inline';
import { emailCss, MEDIA_CLASSES } from './email-styles';
import { emailDocument } from './email-template';
import { mailSafeText } from './text-clean';

/**
 * The digest as an HTML email: table layout in a 600 px column (Outlook gets a fixed-width table
 * in conditional comments, everyone else a fluid one with max-width), every style inlined by
 * juice except the dark-mode and small-screen media queries, which stay in one <style> in <head>,
 * and no script, form, frame or external CSS.
 */
export function renderEmailHtml(digest: ExportDigest): string {
  const css = emailCss(accentPalette(digest.branding.accent));
  const html = emailDocument(digest, preservedCss(css));
  return finishEmailHtml(inlineStyles(html, css));
}

/** The steps after inlining; exported so a test can apply them to whole-document juice output. */
export function finishEmailHtml(inlined: string): string {
  return mailSafeText(pruneClasses(inlined));
}

/**
 * Once styles are inline, a class only matters if the kept <style> (the @media blocks) names it;
 * the rest are dropped to save bytes. Content cannot contain ` class="` (quotes are escaped).
 */
function pruneClasses(html: string): string {
  return html.replace(/ class="([^"]*)"/g, (_match, classes: string) => {
    const kept = classes.split(/\s+/).filter((name) => MEDIA_CLASSES.has(name));
    return kept.length ? ` class="${kept.join(' ')}"` : '';
  });
}
