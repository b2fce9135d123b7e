import iconv from 'iconv-lite';

/**
 * UTF-8 that is nearly valid: a file cut inside its last character, or a UTF-8 line with a
 * stray byte of a legacy charset in it (an en dash pasted from windows-1252). Read as UTF-8,
 * these keep every character but the broken ones; read as a legacy charset, as they were, every
 * Cyrillic letter came out as mojibake.
 */

/** Length of the well-formed UTF-8 sequence at `at`, or 0 where none starts. */
function sequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  if (lead < 0xc2 || lead > 0xf4) return 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (at + length > bytes.length) return 0;
  for (let k = 1; k < length; k += 1) if ((bytes[at + k]! & 0xc0) !== 0x80) return 0;
  // Overlong forms and surrogates are not UTF-8 (the decoder would refuse them).
  const second = bytes[at + 1]!;
  if (lead === 0xe0 && second < 0xa0) return 0;
  if (lead === 0xed && second > 0x9f) return 0;
  if (lead === 0xf0 && second < 0x90) return 0;
  if (lead === 0xf4 && second > 0x8f) return 0;
  return length;
}

/**
 * The bytes without an incomplete last character (a file cut mid-sequence, as a truncated
 * transfer leaves it), when what precedes it is valid UTF-8; else null.
 */
export function utf8BeforeCutEnd(bytes: Uint8Array): string | null {
  let start = bytes.length - 1;
  // Back over at most three continuation bytes to the sequence's lead.
  while (start > 0 && bytes.length - start < 4 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
  const lead = bytes[start];
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return null;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length - start >= length) return null; // complete: the fault is elsewhere
  const before = bytes.subarray(0, start);
  // Only UTF-8 that shows itself: "Café" in windows-1252 ends in a byte that looks cut too.
  if (!before.some((byte) => byte >= 0x80)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(before);
  } catch {
    return null;
  }
}

/**
 * A line that is UTF-8 but for a few stray bytes: its multi-byte sequences at least twice the
 * stray bytes. A line in a legacy charset forms such sequences only by rare chance.
 */
export function isUtf8WithStrays(line: Uint8Array): boolean {
  let inSequences = 0;
  let strays = 0;
  for (let at = 0; at < line.length;) {
    const length = sequenceAt(line, at);
    if (length === 0) {
      strays += 1;
      at += 1;
    } else {
      if (length > 1) inSequences += length;
      at += length;
    }
  }
  return inSequences > 0 && inSequences >= 2 * strays;
}

/** The line's UTF-8 read as UTF-8, each stray byte in `strayCharset`. */
export function decodeUtf8WithStrays(line: Uint8Array, strayCharset: string): string {
  let text = '';
  let runStart = 0;
  for (let at = 0; at < line.length;) {
    const length = sequenceAt(line, at);
    if (length > 0) {
      at += length;
      continue;
    }
    text += Buffer.from(line.subarray(runStart, at)).toString('utf8');
    text += iconv.decode(Buffer.from(line.subarray(at, at + 1)), strayCharset);
    at += 1;
    runStart = at;
  }
  return text + Buffer.from(line.subarray(runStart)).toString('utf8');
}

/**
 * The legacy charset a stray byte most likely comes from, by the text around it: the Cyrillic
 * one when that text is mostly Cyrillic (windows-1251 shares its punctuation with
 * windows-1252), else windows-1252.
 */
export function strayCharsetFor(text: string): string {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return cyrillic > latin ? 'windows-1251' : 'windows-1252';
}
