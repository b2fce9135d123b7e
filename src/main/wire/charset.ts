import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset the bytes were read as, e.g. "UTF-8", "windows-1251". */
  charset: string;
  /** How it was chosen, for the import report and for debugging a wrong guess. */
  reason: 'bom' | 'valid-utf8' | 'declared' | 'detected';
}

const BOMS: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

/**
 * Bytes to text without mojibake. The order matters:
 * 1. a byte-order mark is the strongest evidence;
 * 2. bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the file declares —
 *    agencies often keep an old "ISO-8859-1" declaration on UTF-8 copy, and the chance that
 *    real single-byte text is accidentally valid UTF-8 is negligible;
 * 3. a declaration (XML prolog, HTML meta, MIME header) that iconv knows, unless it names a
 *    Western charset while the statistics are sure the text is Cyrillic/Greek/Chinese;
 * 4. otherwise statistical detection (chardet), with Cyrillic candidates compared by how
 *    natural their letter case looks (KOI8-R read as windows-1251 comes out in inverted case).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): DecodedText {
  for (const [bom, charset] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return {
        text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), charset),
        charset,
        reason: 'bom',
      };
    }
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'UTF-8', reason: 'valid-utf8' };

  const detected = detectCharset(bytes);
  const declaredCharset = normaliseCharset(declared ?? sniffDeclaration(bytes));
  if (declaredCharset && declaredCharset !== 'utf-8' && iconv.encodingExists(declaredCharset)) {
    const overruled = isWestern(declaredCharset) && detected !== null && !isWestern(detected);
    if (!overruled)
      return {
        text: iconv.decode(Buffer.from(bytes), declaredCharset),
        charset: declaredCharset,
        reason: 'declared',
      };
  }
  const charset = detected ?? 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), charset), charset, reason: 'detected' };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CYRILLIC = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866', 'x-mac-cyrillic'];

function detectCharset(bytes: Uint8Array): string | null {
  const candidates = chardet.analyse(bytes.subarray(0, 64 * 1024));
  const best = candidates[0];
  if (!best) return null;
  const name = normaliseCharset(best.name)!;
  if (!CYRILLIC.includes(name)) return iconv.encodingExists(name) ? name : null;
  // chardet is sure the text is Cyrillic; pick the Cyrillic charset whose text reads best.
  const sample = Buffer.from(bytes.subarray(0, 16 * 1024));
  const scored = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'].map((charset) => ({
    charset,
    score: cyrillicNaturalness(iconv.decode(sample, charset)),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.charset;
}

/**
 * Share of Cyrillic letters that are lower case: natural prose is mostly lower case. Letters of
 * other Cyrillic alphabets and № (ђ, љ, џ… — what windows-1251 bytes become when read as
 * ISO-8859-5) count against a candidate, or it would win on its all-lower-case look.
 */
function cyrillicNaturalness(text: string): number {
  const lower = text.match(/[а-яё]/g)?.length ?? 0;
  const upper = text.match(/[А-ЯЁ]/g)?.length ?? 0;
  const letters = lower + upper;
  const foreign = (text.match(/[\u0400-\u04FF№]/g)?.length ?? 0) - letters;
  return letters === 0 ? 0 : (lower / (letters + foreign)) * Math.min(1, letters / 20);
}

const WESTERN = new Set(['iso-8859-1', 'windows-1252', 'us-ascii', 'iso-8859-15', 'latin1']);

function isWestern(charset: string): boolean {
  return WESTERN.has(charset);
}

/** Canonical lower-case names; GB2312 is read as its superset GB18030. */
export function normaliseCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    latin1: 'iso-8859-1',
    'iso_8859-1': 'iso-8859-1',
    cp1251: 'windows-1251',
    'win-1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    cp1252: 'windows-1252',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    koi8r: 'koi8-r',
    ascii: 'us-ascii',
  };
  return aliases[lower] ?? lower;
}

/** The charset a document declares in its first bytes (XML prolog or HTML meta), if any. */
export function sniffDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}
