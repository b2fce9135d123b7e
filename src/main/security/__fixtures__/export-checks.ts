import { marked } from 'marked';
import PostalMime from 'postal-mime';
import { htmlFindings, jsonUrlFindings, type HtmlPolicy } from './html-findings';

/**
 * One check per export format, each answering findings (empty: nothing executable). The
 * allowlists are the exporters' own vocabulary (web-html.ts, email-template.ts, lexical-html.ts):
 * a payload that became markup shows up as an element or attribute outside them.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/));

const BODY_ELEMENTS =
  'p h1 h2 h3 h4 h5 h6 a strong em s u code sub sup ul ol li blockquote br span hr';

const WEB: HtmlPolicy = {
  elements: words(
    `html head meta title style body header main footer section article div time figure figcaption img ${BODY_ELEMENTS}`,
  ),
  attributes: words(
    'lang dir charset name content http-equiv property class id href src alt title width height loading decoding datetime aria-labelledby type rel',
  ),
  dataImages: true,
};

const EMAIL: HtmlPolicy = {
  elements: words(`html head meta title style body table tr td div img ${BODY_ELEMENTS}`),
  attributes: words(
    'lang dir xmlns xmlns:o charset name content http-equiv class id style align valign bgcolor border cellpadding cellspacing role width height href src alt title',
  ),
  dataImages: false,
};

/** What marked renders from Markdown: raw HTML in the export would come out as anything else. */
const MARKDOWN: HtmlPolicy = {
  elements: words(`${BODY_ELEMENTS} del pre img table thead tbody tr th td`),
  attributes: words('href title src alt align start class id'),
  dataImages: false,
};

const NITF: HtmlPolicy = {
  elements: words(
    'nitf head title docdata doc-id date.issue date.release doc.copyright body body.head hedline hl1 hl2 byline dateline location abstract body.content p a em strong s u code sub sup br span q ul ol li block',
  ),
  attributes: words(
    'version xml:lang management-status id-string norm holder href class quote-source',
  ),
  dataImages: false,
  xml: true,
};

export const checkWebHtml = (html: string) => htmlFindings(html, WEB);
export const checkEmailHtml = (html: string) => [
  ...htmlFindings(html, EMAIL),
  // Mail clients run no script; a script element is a sign the escaping broke all the same.
  ...(/<script/i.test(html) ? ['<script> in email'] : []),
];
export const checkNitf = (xml: string) => htmlFindings(xml, NITF);

/** Markdown as a renderer (marked, like GitHub's or a CMS's) would turn it into HTML. */
export function checkMarkdown(markdown: string): string[] {
  return htmlFindings(marked.parse(markdown, { async: false }), MARKDOWN);
}

/**
 * Plain text cannot run; what it can carry is a terminal escape (ESC, C1 controls), which a
 * log viewer or a mail client in a terminal would obey. Other C0 controls are inert here and
 * only counted (`controls`): some importers keep them (see the report of issue 6).
 */
export function checkPlainText(text: string): { findings: string[]; controls: number } {
  // eslint-disable-next-line no-control-regex
  const escapes = text.match(/[\u001B\u0080-\u009F]/g) ?? [];
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g) ?? [];
  return {
    findings: escapes.length > 0 ? [`${escapes.length} terminal escapes in plain text`] : [],
    controls: controls.length,
  };
}

/** The .eml's own headers (no injected ones), its HTML part as email, its text part as text. */
export async function checkEml(
  eml: string,
): Promise<{ findings: string[]; parts: number; controls: number }> {
  const head = eml.split('\r\n\r\n')[0]!;
  const names = [...head.matchAll(/^([!-9;-~]+):/gm)].map((match) => match[1]!.toLowerCase());
  const expected = words(
    'content-type content-language from to subject message-id date mime-version x-mailer content-transfer-encoding reply-to',
  );
  const findings = names.filter((name) => !expected.has(name)).map((name) => `header ${name}:`);
  const parsed = await PostalMime.parse(eml);
  if (/[\r\n]/.test(parsed.subject ?? '')) findings.push('subject split across lines');
  const text = checkPlainText(parsed.text ?? '');
  findings.push(...checkEmailHtml(parsed.html ?? ''), ...text.findings);
  return {
    findings,
    parts: (parsed.html ? 1 : 0) + (parsed.text ? 1 : 0),
    controls: text.controls,
  };
}

/** ClaimReview JSON-LD: data only, and every URL in it a web address. */
export function checkClaimReview(json: string): string[] {
  return jsonUrlFindings(JSON.parse(json) as unknown, 'ClaimReview');
}

/**
 * A stored Lexical body: only the node types the editor registers, and links only to web or
 * mail addresses — the renderer builds DOM from this JSON, so a script URL here reaches the page.
 */
export function checkBody(body: unknown, nodeTypes: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && !nodeTypes.has(record.type))
      found.push(`body node "${record.type}"`);
    for (const key of ['url', 'href', 'src']) {
      const value = record[key];
      if (typeof value === 'string' && !/^(https?:|mailto:)/i.test(value.trim()))
        found.push(`body ${String(record.type)} ${key}="${value}"`);
    }
    Object.values(record).forEach(walk);
  };
  walk(body);
  return found;
}
