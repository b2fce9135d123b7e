import type { AccentPalette } from './colors';
import { DARK_PAPER, LIGHT_PAPER } from './colors';

/**
 * The email's stylesheet. Everything outside @media is inlined by juice (email-html.ts), so it
 * reaches clients that drop <style> (Gmail without a Google account, Outlook's Word renderer for
 * most properties); the two @media blocks stay in the one <style> in <head>.
 *
 * Rules that shape it, each from a client that breaks otherwise:
 * - No margins except margin:0 resets: Outlook for Windows adds its own paragraph spacing and
 *   ignores most margins, so every gap is padding on a <td>.
 * - font-family and colour on every <td> and heading: Outlook gives h1–h3 Word's heading style
 *   (Calibri Light, blue) and does not always inherit a table's font into its cells.
 * - line-height in px with mso-line-height-rule:exactly, or Outlook adds its own leading.
 * - Near-black #1a1a1a on white, never pure black/white: clients that force-invert (Outlook.com,
 *   Gmail apps) then produce a dark grey page rather than harsh or unreadable pairs.
 * - word-break:break-word on the column (inherited by every cell): a table cell otherwise grows to
 *   fit its longest unbreakable word, and a long wire URL widened the 600 px column to twice that.
 *   overflow-wrap does not change a cell's minimum width, and caniemail lists it as unsupported
 *   by Gmail and Outlook; word-break:break-word is supported by both.
 * - Only single simple selectors (type, class, or a list of them): Outlook.com and Windows drop
 *   rules with chained or descendant selectors in <style>, and juice inlines simple ones exactly.
 *
 * Class names are short on purpose: each appears on every story and the email must stay under
 * Gmail's 102 KB clipping limit for 40 stories.
 */
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const PAGE = '#f2f2ef';
const RULE = '#dddddd';
const DARK_PAGE = '#121212';
const DARK_INK = '#e8e8e8';
const DARK_MUTED = '#b0b0b0';
const DARK_RULE = '#3a3a3a';
const FONT = 'Arial,Helvetica,sans-serif';

/** The content column: 600 px container less 24 px padding on either side. */
export const CONTENT_WIDTH = 552;

/** Classes the @media blocks below refer to: the only ones kept after inlining. */
export const MEDIA_CLASSES = new Set([
  'bg',
  'o',
  'w',
  'pre',
  'top',
  'ft',
  'pub',
  'mu',
  'sec',
  'end',
  'q',
  'hl',
]);

export function emailCss(accent: AccentPalette): string {
  return `
body{margin:0;padding:0;width:100%;background-color:${PAGE};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}
table{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt}
td{font-family:${FONT};color:${INK};font-size:16px;line-height:24px;mso-line-height-rule:exactly;padding:0 24px 8px}
h1,h2,h3,h4,h5,h6{margin:0;font-family:${FONT};color:${INK};font-weight:bold}
h1{font-size:28px;line-height:34px}
h2{font-size:14px;line-height:20px;letter-spacing:1px;text-transform:uppercase;color:${accent.light}}
h3{font-size:20px;line-height:26px}
h4,h5,h6{font-size:17px;line-height:24px}
p{margin:0;font-family:${FONT}}
ul,ol{margin:0 0 0 24px;padding:0;font-family:${FONT}}
blockquote{margin:0}
code{font-family:Consolas,'Courier New',monospace}
a{color:${accent.light};text-decoration:underline}
img{border:0;text-decoration:none;-ms-interpolation-mode:bicubic}
.bg{background-color:${PAGE}}
.o{padding:0}
.w{max-width:600px;margin:0 auto;word-break:break-word;background-color:${LIGHT_PAPER}}
.pre{display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;overflow:hidden;mso-hide:all;color:${PAGE}}
.top{padding:12px 24px;font-size:13px;line-height:18px;text-align:center;color:${MUTED};background-color:${PAGE}}
.pub{padding-top:20px;border-top:4px solid ${accent.light};font-size:13px;line-height:18px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:${accent.light}}
.mu{color:${MUTED};font-size:14px;line-height:20px}
.in{padding-top:8px}
.sec{padding-top:28px;padding-bottom:6px;border-bottom:2px solid ${accent.light}}
.st{padding-top:20px}
.end{padding-bottom:20px;border-bottom:1px solid ${RULE}}
.hl{color:${INK};text-decoration:none}
.q{border-left:3px solid ${RULE};padding-left:12px}
.im{display:block;width:100%;max-width:${CONTENT_WIDTH}px;height:auto}
.more{font-weight:bold}
.so{font-style:italic}
.sf{padding-top:24px}
.ft{padding:24px;font-size:12px;line-height:18px;color:${MUTED};background-color:${PAGE}}
@media (prefers-color-scheme: dark){
body,.bg,.top,.ft{background-color:${DARK_PAGE} !important}
.w{background-color:${DARK_PAPER} !important}
td,h1,h3,h4,h5,h6,.hl{color:${DARK_INK} !important}
.mu,.top,.ft{color:${DARK_MUTED} !important}
.pre{color:${DARK_PAGE} !important}
a,h2,.pub{color:${accent.dark} !important}
.pub,.sec{border-color:${accent.dark} !important}
.end,.q{border-color:${DARK_RULE} !important}
}
@media screen and (max-width:620px){
td{padding-left:16px !important;padding-right:16px !important}
.o{padding:0 !important}
h1{font-size:24px !important;line-height:30px !important}
}
`;
}
