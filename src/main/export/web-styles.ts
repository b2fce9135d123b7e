import type { AccentPalette } from './colors';
import { DARK_PAPER, LIGHT_PAPER } from './colors';

/**
 * The web edition's only stylesheet, inline (the page's CSP allows nothing else). Plain
 * selectors on semantic elements: with styles off the page still reads top to bottom. The accent
 * comes from colors.ts, which only ever returns #rrggbb, so it cannot break out of the rule.
 */
export function webCss(accent: AccentPalette): string {
  return `
:root { color-scheme: light dark; --ink: #1a1a1a; --paper: ${LIGHT_PAPER}; --muted: #595959; --rule: #d9d9d9; --accent: ${accent.light}; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e8e8; --paper: ${DARK_PAPER}; --muted: #b0b0b0; --rule: #3a3a3a; --accent: ${accent.dark}; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 1.5rem 1rem 3rem; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
header.masthead { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: .75rem; }
.publication { margin: 0; font: 700 .875rem/1.4 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: var(--accent); }
.publication img { display: block; height: 2.5rem; width: auto; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; margin: .25rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 1rem; padding-bottom: .25rem; border-bottom: 1px solid var(--accent); color: var(--accent); text-transform: uppercase; letter-spacing: .03em; }
h3 { font-size: 1.375rem; margin: 0 0 .5rem; }
h4, h5, h6 { font-size: 1.0625rem; margin: 1.25rem 0 .5rem; }
.date, .meta, footer, figcaption { color: var(--muted); font: .875rem/1.45 system-ui, sans-serif; }
.date { margin: 0; }
.intro { font-size: 1.125rem; }
article { border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
main > section:last-of-type > article:last-child { border-bottom: 0; margin-bottom: 0; }
.summary { font-weight: 600; }
figure { margin: 0 0 1rem; }
img { max-width: 100%; height: auto; }
blockquote { margin: 0 0 1rem; padding-left: 1rem; border-left: 3px solid var(--rule); }
a { color: var(--accent); }
.more a { font: 600 .9375rem/1.4 system-ui, sans-serif; }
.signoff { font-style: italic; }
footer { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1rem; }
@media (max-width: 30rem) { body { font-size: 1rem; } h1 { font-size: 1.625rem; } h3 { font-size: 1.1875rem; } }
`;
}
