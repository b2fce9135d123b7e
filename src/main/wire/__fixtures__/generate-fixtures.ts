/**
 * Writes the fixtures that cannot be typed as UTF-8 text: legacy charsets, control-framed wires
 * and mail with encoded parts. Run `npx tsx src/main/wire/__fixtures__/generate-fixtures.ts`
 * after changing fixture-texts.ts; the output is deterministic and kept in the repository.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import {
  ATTACHED_STORY,
  CHARSET_TEXTS,
  CP1251_ARTICLE,
  IPTC_MESSAGES,
  KOI8_FEED,
  LYING_FEED,
  MAIL,
  MIXED_CRLF,
} from './fixture-texts';

const DIR = __dirname;

function write(name: string, content: string | Buffer): void {
  writeFileSync(join(DIR, name), content);
}

/** Encodes, and refuses a text the charset cannot hold (iconv would write "?" silently). */
function encode(text: string, charset: string): Buffer {
  const bytes = iconv.encode(text, charset);
  if (iconv.decode(bytes, charset) !== text) throw new Error(`${charset} cannot hold the text`);
  return bytes;
}

for (const sample of CHARSET_TEXTS) {
  write(
    sample.file,
    encode([sample.headline, ...sample.paragraphs].join('\n\n') + '\n', sample.charset),
  );
}
write(MIXED_CRLF.file, Buffer.from(MIXED_CRLF.bytes, 'utf8'));

write(
  'rss-yandex-ru-koi8.xml',
  encode(
    `<?xml version="1.0" encoding="KOI8-R"?>
<rss version="2.0" xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${KOI8_FEED.channel}</title>
    <link>https://news.example.ru/</link>
    <language>ru-RU</language>
    <item>
      <title>${KOI8_FEED.title}</title>
      <link>https://news.example.ru/volga</link>
      <description>${KOI8_FEED.description}</description>
      <category>${KOI8_FEED.category}</category>
      <pubDate>Пт, 13 мар 2026 18:27:00 +0300</pubDate>
      <yandex:genre>message</yandex:genre>
      <yandex:full-text>${KOI8_FEED.fullText.join('\n\n')}</yandex:full-text>
    </item>
  </channel>
</rss>
`,
    'koi8-r',
  ),
);

// Declares ISO-8859-1 but the bytes are UTF-8: agencies keep old declarations on new copy.
write(
  'rss-lying-latin1.xml',
  Buffer.from(
    `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
  <channel>
    <title>${LYING_FEED.channel}</title>
    <link>https://dunav.example.bg/</link>
    <item>
      <title>${LYING_FEED.title}</title>
      <link>https://dunav.example.bg/ruse-cruise</link>
      <description>${LYING_FEED.description}</description>
      <pubDate>Sat, 14 Mar 2026 09:15:00 +0200</pubDate>
    </item>
  </channel>
</rss>
`,
    'utf8',
  ),
);

write(
  'article-cp1251.html',
  encode(
    `<!doctype html>
<html lang="bg">
  <head>
    <meta charset="windows-1251" />
    <title>${CP1251_ARTICLE.title} | ${CP1251_ARTICLE.site}</title>
    <meta property="og:site_name" content="${CP1251_ARTICLE.site}" />
  </head>
  <body>
    <article>
      <h1>${CP1251_ARTICLE.title}</h1>
${CP1251_ARTICLE.paragraphs.map((paragraph) => `      <p>${paragraph}</p>`).join('\n')}
    </article>
  </body>
</html>
`,
    'windows-1251',
  ),
);

// ANPA 1312: SYN SYN SOH, story number, US, selector; priority, category, DC3 DC1 (body text),
// keyword, version, reference, filing date, word count; STX text ETX; transmission line; EOT.
write(
  'anpa.txt',
  encode(
    '\u0016\u0016\u0001a0734\u001fcpstf\n' +
      'r a\u0013\u0011 BC-Harbour-Wind 1stLd-Writethru 0150 03-14 0093\r\n' +
      '\u0002^BC-Harbour-Wind,0093<\r\n' +
      '^Gale closes harbour for second day<\r\n' +
      '^By JANE ROE=\r\n' +
      '^Associated Press Writer=\r\n' +
      '\tHALIFAX, Nova Scotia (AP) _ A winter gale kept the port of Halifax closed for a second\r\n' +
      'day Saturday, stranding three container ships and a ferry bound for Québec.\r\n' +
      '\tPort officials said winds gusting above 100 kilometres an hour made berthing unsafe.\r\n' +
      '\tThe storm is expected to move offshore by Sunday morning.\r\n' +
      '\u0003AP-NY-03-14-26 0830EDT<\r\n\u0004',
    'windows-1252',
  ),
);

// IPTC 7901, two messages in ISO-8859-1: the first closes with its date line inside the text,
// the second after ETX.
const [bridges, stocks] = IPTC_MESSAGES;
write(
  'iptc7901.txt',
  encode(
    `\u0001bdt0123 4 pl 211 dpa 0456\r\n${bridges!.slugline}\r\n\u0002${bridges!.headline}=\r\n` +
      '   Berlin (dpa) - Die Verkehrsminister der Länder haben vom Bund\r\n' +
      'deutlich mehr Geld für die Sanierung maroder Autobahnbrücken\r\n' +
      'gefordert. Allein in Nordrhein-Westfalen müssten in den nächsten\r\n' +
      'Jahren über 400 Brücken erneuert werden.\r\n' +
      '   «Wir können uns keine weiteren Sperrungen leisten», sagte die\r\n' +
      'Vorsitzende der Verkehrsministerkonferenz am Freitag.\r\n' +
      'dpa ab xy\r\n141023 Mär 26\r\n\u0003\u0004' +
      `\u0001bdt0124 2 wi 98 dpa 0457\r\n${stocks!.slugline}\r\n\u0002${stocks!.headline}=\r\n` +
      '   Frankfurt/Main (dpa) - Gute Konjunkturdaten aus Übersee haben\r\n' +
      'den deutschen Aktienmarkt am Freitag beflügelt. Der Leitindex Dax\r\n' +
      'schloss 1,8 Prozent höher.\r\n' +
      '\u0003141745 Mär 26\r\n\u0004',
    'iso-8859-1',
  ),
);

/** RFC 2047 encoded words, short enough for the 75-character limit. */
function encodedWords(text: string): string {
  const words: string[] = [];
  for (let start = 0; start < text.length; start += 12) {
    const chunk = Buffer.from(text.slice(start, start + 12), 'utf8');
    const q = [...chunk]
      .map((byte) =>
        byte === 0x20
          ? '_'
          : /[A-Za-z0-9]/.test(String.fromCharCode(byte))
            ? String.fromCharCode(byte)
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
      )
      .join('');
    words.push(`=?UTF-8?Q?${q}?=`);
  }
  return words.join('\r\n ');
}

/** Quoted-printable (RFC 2045) with soft line breaks under 76 characters. */
function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let encoded = '';
      let width = 0;
      for (const byte of Buffer.from(line, 'utf8')) {
        const char = String.fromCharCode(byte);
        const piece =
          byte >= 33 && byte <= 126 && char !== '='
            ? char
            : byte === 0x20
              ? ' '
              : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (width + piece.length > 73) {
          encoded += '=\r\n';
          width = 0;
        }
        encoded += piece;
        width += piece.length;
      }
      return encoded.replace(/ $/, '=20');
    })
    .join('\r\n');
}

const HEADERS = [
  'Return-Path: <desk@bta.example>',
  'Received: from mail.bta.example by mx.edition.example; Sat, 14 Mar 2026 09:00:00 +0200',
  `From: ${encodedWords(MAIL.fromName)} <desk@bta.example>`,
  'To: newsroom@edition.example',
].join('\r\n');

write(
  'message.eml',
  [
    HEADERS,
    `Subject: ${encodedWords(MAIL.subject)}`,
    'Date: Sat, 14 Mar 2026 08:55:00 +0200',
    'Message-ID: <20260314085500.1234@bta.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="alt-1"',
    '',
    '--alt-1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(MAIL.paragraphs.join('\n\n')),
    '--alt-1',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(
      `<html><head><title>Препратено</title><style>p { color: red }</style></head><body>\n` +
        MAIL.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n') +
        `\n<img src="https://track.example/open.gif" width="1" height="1">\n</body></html>`,
    ),
    '--alt-1--',
    '',
  ].join('\r\n'),
);

const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
// The smallest valid GIF: a picture attachment without image data worth storing.
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

write(
  'message-with-attachment.eml',
  [
    HEADERS,
    `Subject: ${encodedWords('FW: Варна')}`,
    'Date: Sat, 14 Mar 2026 11:20:00 +0200',
    'Message-ID: <20260314112000.99@bta.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mix-1"',
    '',
    '--mix-1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(`${MAIL.cover}\n\n-- \nДеск на БТА\n+359 2 000 0000`),
    '--mix-1',
    'Content-Type: text/plain; charset=windows-1251; name="bta-story.txt"',
    `Content-Disposition: attachment; filename="${ATTACHED_STORY.file}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64(
      encode([ATTACHED_STORY.headline, ...ATTACHED_STORY.paragraphs].join('\n\n'), 'windows-1251'),
    ),
    '--mix-1',
    'Content-Type: image/gif; name="park.gif"',
    'Content-Disposition: attachment; filename="park.gif"',
    'Content-ID: <park@bta.example>',
    'Content-Transfer-Encoding: base64',
    '',
    base64(GIF),
    '--mix-1',
    'Content-Type: application/json; name="stats.json"',
    'Content-Disposition: attachment; filename="stats.json"',
    '',
    '{"visitors": 1200}',
    '--mix-1--',
    '',
  ].join('\r\n'),
);
