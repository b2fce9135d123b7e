import { SOH, SYN, firstSignificant } from './control-framed';
import { framedStories, type FramedHeader } from './framed-story';
import type { BytesImporter } from './registry';
import { urgencyOf } from './story-fields';

/**
 * ANPA 1312 (AP, CP and other North American wires):
 *
 *   SYN SYN SOH a0123 US sel01 LF        service level + story number, selector codes
 *   r a DC3 DC1 BC-Obit-Smith … 0234     priority, category, format id, keyword, …, word count
 *   STX ^headline< ^By NAME< TAB text…   "^" opens and "<" closes a line; TAB opens a paragraph
 *   ETX AP-NY-03-14-26 0830EDT EOT       transmission date and time
 */
export const anpa1312Importer: BytesImporter = {
  format: 'anpa1312',
  sniff: (bytes) => {
    const start = firstSignificant(bytes, false);
    if (bytes[start] === SYN.charCodeAt(0)) {
      return bytes[firstSignificant(bytes, true)] === SOH.charCodeAt(0);
    }
    if (bytes[start] !== SOH.charCodeAt(0)) return false;
    // Without the SYN idles: the unit separator (US) after the story number is ANPA's own.
    const line = bytes.subarray(start, start + 80);
    const lineEnd = line.indexOf(0x0a);
    return line.subarray(0, lineEnd < 0 ? undefined : lineEnd).includes(0x1f);
  },
  parse: (bytes) =>
    framedStories(bytes, 'anpa1312', readHeader, 'the ANPA 1312 file holds no story text', polish),
};

/** AP's priority letters, on Edition's 1 (flash) … 9 scale; some wires send digits. */
const PRIORITY: Record<string, number> = { f: 1, b: 2, u: 3, r: 5, d: 6, a: 7 };

/** AP category codes; other wires' letters are kept as they come. */
const CATEGORY: Record<string, string> = {
  a: 'Domestic news',
  d: 'Food',
  e: 'Entertainment',
  f: 'Financial',
  i: 'International',
  k: 'Commentary',
  l: 'Lifestyle',
  n: 'State and regional',
  o: 'Weather',
  p: 'National politics',
  q: 'Sports results',
  s: 'Sports',
  t: 'Travel',
  v: 'Advisories',
  w: 'Washington',
};

function readHeader(header: string): FramedHeader {
  const lines = header
    // eslint-disable-next-line no-control-regex -- SYN, US and the DC1–DC4 format codes
    .replace(/[\u0000-\u0009\u000b-\u001f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  // The line that opens with two single-letter fields: priority and category.
  const fields = lines
    .map((line) => line.split(' '))
    .find((parts) => /^\w$/.test(parts[0] ?? '') && /^\w$/.test(parts[1] ?? ''));
  const [priority = '', category = '', ...rest] = fields ?? [];
  // The keyword runs to the word count ("BC-BBO-Yankees-Red Sox 0080"), less a version marker
  // before it ("BC-Harbour-Wind 1stLd-Writethru 0150 03-14").
  const count = rest.findIndex((part) => /^\d{3,4}$/.test(part));
  const words = count === -1 ? rest : rest.slice(0, count);
  while (words.length > 1 && VERSION_MARK.test(words.at(-1)!)) words.pop();
  const keyword = words.join(' ') || null;
  const code = category.toLowerCase();
  return {
    slugline: keyword,
    urgency: PRIORITY[priority.toLowerCase()] ?? urgencyOf(priority),
    subjects: category ? [CATEGORY[code] ?? category] : [],
  };
}

/** AP's version field after the keyword: "1stLd-Writethru", "2ndLd", "Bjt", "Adv14", "Corrective". */
const VERSION_MARK = /^(?:\d+(?:st|nd|rd|th)Ld|Writethru|Bjt|Adv\d*|Urgent|Corrective|Sub)/i;

/** AP's 7-bit copy writes the dash as " _ " and quotation marks as `` and ''. */
function polish(paragraph: string): string {
  return paragraph.replace(/ _ /g, ' — ').replace(/``/g, '“').replace(/''/g, '”');
}
