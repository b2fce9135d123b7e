import type { XssPayload } from './xss-corpus';

/**
 * One valid wire file per (format, payload), with the payload in every field a person reads:
 * headline, byline, body (and the feed title for RSS/Atom, the subject for mail). Each format
 * carries it the way a real sender would: XML-escaped text, CDATA and escaped HTML bodies,
 * JSON strings, raw HTML in HTML articles and mail — so the importer, not this builder, is what
 * has to defuse it.
 */
export const WIRE_FORMATS = [
  'text',
  'markdown',
  'html',
  'eml',
  'rss',
  'atom',
  'newsml-g2',
  'nitf',
  'ninjs-1',
  'ninjs-2',
  'ninjs-3',
  'newsml-1',
  'iptc7901',
  'anpa1312',
] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

export interface WireFile {
  name: string;
  bytes: Uint8Array;
}

const WIRE_TIME = '2026-03-14T07:00:00Z';

/** Line-based headers (plain text, ANPA, IPTC) end a field at a newline. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** XML 1.0 cannot carry C0 controls even as references; a real XML feed cannot hold them. */
// eslint-disable-next-line no-control-regex
const xmlChars = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const xml = (text: string) =>
  xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** "]]>" inside CDATA is written the way feed generators do: closed and reopened. */
const cdata = (text: string) => `<![CDATA[${xmlChars(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const WORDS =
  'harbour river council budget storm rail minister court market school bridge festival hospital election vaccine airport farm museum strike port tunnel forest library harvest reactor glacier senate satellite mine orchestra ferry'.split(
    ' ',
  );

/**
 * A sentence of its own for each payload. Where a sanitiser strips the payload, bodies would be
 * identical but for the id, and the inbox folds near duplicates into one card: distinct prose
 * keeps every payload's story on a card of its own.
 */
function prose(p: XssPayload): string {
  let seed = [...p.id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const words: string[] = [];
  for (let count = 0; count < 24; count += 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    words.push(WORDS[(seed >>> 16) % WORDS.length]!);
  }
  return `Second paragraph of ${p.id}: ${words.join(' ')}.`;
}

const headline = (p: XssPayload) => `XSS ${p.id} ${oneLine(p.payload)}`;

/** RFC 2047 encoded words, short enough for the 75-character limit of each word. */
function encodedWords(text: string): string {
  const chars = [...oneLine(text)];
  const words: string[] = [];
  for (let start = 0; start < chars.length; start += 12) {
    const chunk = Buffer.from(chars.slice(start, start + 12).join(''), 'utf8');
    words.push(`=?UTF-8?B?${chunk.toString('base64')}?=`);
  }
  return words.join('\r\n ');
}

const base64Lines = (text: string) =>
  Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

/** `n` numbers the file where a format's identity is a short counter (ANPA, IPTC 7901). */
const BUILDERS: Record<WireFormat, (p: XssPayload, n: string) => string> = {
  text: (p) =>
    `date: 2026-03-14\ntitle: ${headline(p)}\nbyline: ${oneLine(p.payload)}\n` +
    `source: ${oneLine(p.payload)}\n\n${p.payload}\n\n${prose(p)} ${p.payload}\n`,
  markdown: (p) =>
    `date: 2026-03-14\nbyline: ${oneLine(p.payload)}\n\n# ${headline(p)}\n\n${p.payload}\n\n` +
    `Read [the source](${oneLine(p.payload)}) and *${oneLine(p.payload)}*.\n`,
  html: (p) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline(p)}</title>` +
    `<meta name="author" content="${attr(p.payload)}">` +
    `<meta property="og:site_name" content="${attr(p.payload)}">` +
    `<meta property="article:published_time" content="${WIRE_TIME}">` +
    `<link rel="canonical" href="${attr(p.payload)}"></head><body><article>` +
    `<h1>${headline(p)}</h1><p class="byline">By ${p.payload}</p><p>${p.payload}</p>` +
    `<p>${prose(p)}</p></article></body></html>`,
  eml: (p) =>
    [
      `From: ${encodedWords(p.payload)} <desk@wire.example>`,
      'To: newsroom@edition.example',
      `Subject: ${encodedWords(headline(p))}`,
      'Date: Sat, 14 Mar 2026 08:55:00 +0200',
      `Message-ID: <xss-${p.id}@wire.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="xss-boundary"',
      '',
      '--xss-boundary',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(`${p.payload}\n\n${prose(p)}`),
      '--xss-boundary',
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(`<html><body><p>${p.payload}</p><p>${prose(p)}</p></body></html>`),
      '--xss-boundary--',
      '',
    ].join('\r\n'),
  rss: (p) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" ` +
    `xmlns:content="http://purl.org/rss/1.0/modules/content/" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xml(p.payload)}</title>` +
    `<link>https://wire.example/</link><description>${xml(p.payload)}</description><item>` +
    `<title>${xml(headline(p))}</title><link>${xml(p.payload)}</link>` +
    `<description>${xml(p.payload)}</description>` +
    `<content:encoded>${cdata(`<p>${p.payload}</p><p>${prose(p)}</p>`)}</content:encoded>` +
    `<dc:creator>${xml(p.payload)}</dc:creator><pubDate>Sat, 14 Mar 2026 07:00:00 GMT</pubDate>` +
    `<guid>xss-rss-${p.id}</guid></item></channel></rss>\n`,
  atom: (p) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<title type="html">${xml(p.payload)}</title><id>urn:xss:feed</id><updated>${WIRE_TIME}</updated>` +
    `<entry><title type="html">${xml(headline(p))}</title><id>urn:xss:atom:${p.id}</id>` +
    `<updated>${WIRE_TIME}</updated><link rel="alternate" href="${xml(p.payload)}"/>` +
    `<author><name>${xml(p.payload)}</name></author><summary type="html">${xml(p.payload)}</summary>` +
    `<content type="html">${xml(`<p>${p.payload}</p><p>${prose(p)}</p>`)}</content>` +
    `</entry></feed>\n`,
  'newsml-g2': (p) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ` +
    `guid="urn:xss:g2:${p.id}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">` +
    `<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:XSS"/>` +
    `<versionCreated>${WIRE_TIME}</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>` +
    `<contentMeta><creator><name>${xml(p.payload)}</name></creator>` +
    `<headline>${xml(headline(p))}</headline>` +
    `<description role="drol:summary">${xml(p.payload)}</description></contentMeta>` +
    `<contentSet><inlineData contenttype="text/html">` +
    `${xml(`<p>${p.payload}</p><p>${prose(p)}</p>`)}</inlineData></contentSet></newsItem>\n`,
  nitf: (p) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>${xml(headline(p))}</title>` +
    `<docdata><doc-id id-string="xss-nitf-${p.id}"/><date.issue norm="20260314T070000Z"/></docdata></head>` +
    `<body><body.head><hedline><hl1>${xml(headline(p))}</hl1></hedline>` +
    `<byline>${xml(p.payload)}</byline><abstract><p>${xml(p.payload)}</p></abstract></body.head>` +
    `<body.content><p>${xml(p.payload)}</p><p>See <a href="${xml(p.payload)}">the source</a>.</p>` +
    `</body.content></body></nitf>\n`,
  'ninjs-1': (p) =>
    JSON.stringify({
      uri: `urn:xss:ninjs1:${p.id}`,
      type: 'text',
      version: '1',
      versioncreated: WIRE_TIME,
      headline: headline(p),
      byline: p.payload,
      description_text: p.payload,
      located: p.payload,
      body_html: `<p>${p.payload}</p><p>${prose(p)}</p>`,
    }),
  'ninjs-2': (p) =>
    JSON.stringify({
      uri: `urn:xss:ninjs2:${p.id}`,
      type: 'text',
      version: 2,
      versioncreated: WIRE_TIME,
      by: p.payload,
      infosources: [{ name: p.payload }],
      headlines: [{ role: 'main', value: headline(p) }],
      descriptions: [{ role: 'summary', value: p.payload }],
      bodies: [
        {
          role: 'text',
          contenttype: 'text/html',
          value: `<p>${p.payload}</p><p>${prose(p)}</p>`,
        },
      ],
    }),
  'ninjs-3': (p) =>
    JSON.stringify({
      $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json',
      uri: `urn:xss:ninjs3:${p.id}`,
      type: 'text',
      version: '1',
      versionCreated: WIRE_TIME,
      headlines: [{ role: 'main', value: headline(p) }],
      descriptions: [{ role: 'text', value: p.payload }],
      people: [{ name: p.payload, rel: 'author' }],
      bodies: [
        {
          role: 'html5',
          contentType: 'text/html',
          value: `<p>${p.payload}</p><p>${prose(p)}</p>`,
        },
      ],
    }),
  'newsml-1': (p) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<NewsML Version="1.2"><NewsItem><Identification>` +
    `<NewsIdentifier><ProviderId>xss.example</ProviderId><DateId>20260314</DateId>` +
    `<NewsItemId>${p.id}</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>` +
    `<NewsManagement><ThisRevisionCreated>20260314T070000Z</ThisRevisionCreated>` +
    `<Status FormalName="Usable"/></NewsManagement><NewsComponent><NewsLines>` +
    `<HeadLine>${xml(headline(p))}</HeadLine><ByLine>${xml(p.payload)}</ByLine></NewsLines>` +
    `<ContentItem><MediaType FormalName="Text"/><MimeType FormalName="text/html"/>` +
    `<DataContent>${xml(`<p>${p.payload}</p><p>${prose(p)}</p>`)}</DataContent>` +
    `</ContentItem></NewsComponent></NewsItem></NewsML>\n`,
  iptc7901: (p, n) =>
    `\u0001bdt${n} 4 pl 211 dpa 0456\r\nxss-${p.id}\r\n\u0002${headline(p)}=\r\n` +
    `   ${p.payload.replace(/\n/g, '\r\n')}\r\n   ${prose(p)}\r\n` +
    `dpa xss\r\n141023 Mär 26\r\n\u0003\u0004`,
  anpa1312: (p, n) =>
    `\u0016\u0016\u0001a${n}\u001fcpstf\n` +
    `r a\u0013\u0011 BC-Xss-${n} 1stLd-Writethru 0150 03-14 0093\r\n` +
    `\u0002^${headline(p)}<\r\n^By ${oneLine(p.payload)}=\r\n` +
    `\t${p.payload.replace(/\n/g, '\r\n')}\r\n\t${prose(p)}\r\n` +
    '\u0003AP-NY-03-14-26 0830EDT<\r\n\u0004',
};

const EXTENSIONS: Record<WireFormat, string> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  eml: 'eml',
  rss: 'xml',
  atom: 'xml',
  'newsml-g2': 'xml',
  nitf: 'xml',
  'ninjs-1': 'json',
  'ninjs-2': 'json',
  'ninjs-3': 'json',
  'newsml-1': 'xml',
  iptc7901: 'txt',
  anpa1312: 'txt',
};

/** `index` is the payload's place in the corpus: it keeps counter-identified stories apart. */
export function wireFile(format: WireFormat, payload: XssPayload, index: number): WireFile {
  const text = BUILDERS[format](payload, String(index).padStart(4, '0'));
  return {
    name: `xss-${format}-${payload.id}.${EXTENSIONS[format]}`,
    bytes: new Uint8Array(Buffer.from(text, 'utf8')),
  };
}
