import iconv from 'iconv-lite';
import { detectCharset, highBytes, LATIN_EVIDENCE } from './charset-detect';
import { symbolsInWords } from './latin-reading';
import {
  decodeUtf8WithStrays,
  isUtf8WithStrays,
  strayCharsetFor,
  utf8BeforeCutEnd,
} from './utf8-repair';
import {
  asBrowsersRead,
  CYRILLIC_CANDIDATES,
  isWestern,
  NON_LATIN,
  normaliseCharset,
} from './charset-names';
import { betterReading, SAMPLE_BYTES, scoresOnce } from './cyrillic-reading';

export interface DecodedText {
  text: string;
  /** The charset the bytes were read as, e.g. "UTF-8", "windows-1251". */
  charset: string;
  /** How it was chosen, for the import report and for debugging a wrong guess. */
  reason: 'bom' | 'valid-utf8' | 'declared' | 'detected' | 'mixed-lines';
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
 * 3. UTF-8 with some lines in a single-byte charset (copy pasted together from two systems):
 *    each line in its own;
 * 4. a declaration (XML prolog, HTML meta, MIME header) that iconv knows (ISO-8859-1 read as
 *    windows-1252, as browsers do), unless it names a Western charset while detection finds
 *    another script, or another Latin charset on strong evidence; or a Cyrillic one whose text
 *    reads far worse than another Cyrillic charset's;
 * 5. otherwise detection (detectCharset): chardet's answers checked by reading the bytes in
 *    them, Cyrillic candidates compared by how natural their letters read (KOI8-R read as
 *    windows-1251 comes out in inverted case).
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
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return { text: iconv.decode(Buffer.from(bytes), utf16), charset: utf16, reason: 'detected' };
  const utf8 = tryUtf8(bytes) ?? utf8BeforeCutEnd(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'UTF-8', reason: 'valid-utf8' };
  const mixed = decodeMixedLines(bytes);
  if (mixed) return mixed;

  // Detection and the check of a Cyrillic declaration both rank the Cyrillic charsets; a
  // declaration kept needs no detection.
  const scores = scoresOnce(bytes);
  let detection: string | undefined;
  const detected = () => (detection ??= detectCharset(bytes, scores));
  const declaredCharset = asBrowsersRead(normaliseCharset(declared ?? sniffDeclaration(bytes)));
  if (declaredCharset && declaredCharset !== 'utf-8' && iconv.encodingExists(declaredCharset)) {
    // A declared Cyrillic charset that another reads far better is overruled.
    const betterCyrillic = CYRILLIC_CANDIDATES.includes(declaredCharset)
      ? betterReading(scores(), declaredCharset)
      : null;
    if (betterCyrillic)
      return {
        text: iconv.decode(Buffer.from(bytes), betterCyrillic),
        charset: betterCyrillic,
        reason: 'detected',
      };
    // Detection on a few words guesses: a Western declaration gives way to another script, or
    // to another Latin charset only with accented letters enough or where the declaration would
    // put symbols in words.
    const overruled =
      isWestern(declaredCharset) &&
      !isWestern(detected()) &&
      (NON_LATIN.has(detected()) ||
        highBytes(bytes) >= LATIN_EVIDENCE ||
        symbolsInWords(
          iconv.decode(Buffer.from(bytes.subarray(0, SAMPLE_BYTES)), declaredCharset),
        ));
    if (!overruled)
      return {
        text: iconv.decode(Buffer.from(bytes), declaredCharset),
        charset: declaredCharset,
        reason: 'declared',
      };
  }
  const charset = detected();
  return { text: iconv.decode(Buffer.from(bytes), charset), charset, reason: 'detected' };
}

/**
 * UTF-16 that lost its byte-order mark: in Latin, Cyrillic or Greek text every other byte is
 * the high byte of a character, nearly always 0x00 (ASCII: spaces, digits, punctuation), 0x04
 * (Cyrillic) or 0x03 (Greek), while the other bytes are almost never NUL.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  // The rule needs NULs (every other byte of ASCII text): most files have none, and say so fast.
  if (sample.length < 8 || !sample.includes(0)) return null;
  const pairs = sample.length / 2;
  const high = [0, 0];
  const nul = [0, 0];
  for (let i = 0; i < sample.length; i += 1) {
    const byte = sample[i]!;
    if (byte === 0) nul[i % 2]! += 1;
    if (byte <= 0x04 && byte !== 0x01 && byte !== 0x02) high[i % 2]! += 1;
  }
  for (const [index, charset] of [
    [1, 'UTF-16LE'],
    [0, 'UTF-16BE'],
  ] as const) {
    const other = 1 - index;
    if (high[index]! >= pairs * 0.9 && nul[index]! > 0 && nul[other]! <= pairs * 0.01)
      return charset;
  }
  return null;
}

/** Whether any multi-byte UTF-8 sequence (a lead byte and its continuation bytes) occurs. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    let continued = 1;
    while (continued < length && (bytes[i + continued]! & 0xc0) === 0x80) continued += 1;
    if (continued === length) return true;
  }
  return false;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with some lines in another charset: every line with 8-bit bytes is either valid UTF-8
 * or not, and a line of single-byte Cyrillic (or Latin-1) is practically never valid UTF-8 by
 * chance. When both kinds are there, the UTF-8 lines are read as UTF-8 and the others in the
 * charset detected from them alone. Null when the file is not such a mix.
 */
function decodeMixedLines(bytes: Uint8Array): DecodedText | null {
  // Most files that are not UTF-8 hold no UTF-8 sequence at all: no need to look line by line.
  if (!hasUtf8Sequence(bytes)) return null;
  const lines: Uint8Array[] = [];
  for (let start = 0; start <= bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end + 1;
    lines.push(bytes.subarray(start, stop));
    if (end === -1) break;
    start = stop;
  }
  // Each line read as UTF-8 once: null where it is not UTF-8 (only lines with 8-bit bytes).
  const asUtf8 = lines.map(tryUtf8);
  const eightBit = lines.filter((line) => line.some((byte) => byte >= 0x80)).length;
  // UTF-8 lines with a stray byte or two are UTF-8 too, but for those bytes.
  const withStrays = lines.map((line, index) => asUtf8[index] === null && isUtf8WithStrays(line));
  const foreign = lines.filter((_, index) => asUtf8[index] === null && !withStrays[index]);
  if (foreign.length === eightBit) return null;
  if (foreign.length === 0 && !withStrays.includes(true)) return null;
  const charset = foreign.length > 0 ? detectCharset(Buffer.concat(foreign)) : null;
  // The script of the text around the strays (their own bytes read as U+FFFD).
  const strayCharset = strayCharsetFor(new TextDecoder('utf-8').decode(bytes));
  const text = lines
    .map(
      (line, index) =>
        asUtf8[index] ??
        (withStrays[index]
          ? decodeUtf8WithStrays(line, strayCharset)
          : iconv.decode(Buffer.from(line), charset!)),
    )
    .join('');
  return { text, charset: `UTF-8 + ${charset ?? strayCharset}`, reason: 'mixed-lines' };
}

/** The charset a document declares in its first bytes (XML prolog or HTML meta), if any. */
export function sniffDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}
