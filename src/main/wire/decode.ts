import { decodeBytes, utf16WithoutBom, type DecodedText } from './charset';
import { nonTextKind } from './file-signature';
import { ImportError } from './types';
import { removeControls } from './strip-controls';

/** Larger files are not wire stories; refusing them keeps one bad file from stalling an import. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Why a file of this size is refused, or null. Callers reading from disk ask before reading,
 * so a 200 MB file is refused without ever being held in memory.
 */
export function sizeRefusal(size: number): ImportError | null {
  if (size <= MAX_FILE_BYTES) return null;
  const values = { limit: formatMb(MAX_FILE_BYTES), size: formatMb(size) };
  return new ImportError(`file larger than ${values.limit} (${values.size}): not a news story`, {
    key: 'tooLarge',
    values,
  });
}

/** Refuses what cannot be a story before any decoding work is spent on it. */
export function checkFileBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ImportError('the file is empty', { key: 'empty' });
  const tooLarge = sizeRefusal(bytes.length);
  if (tooLarge) throw tooLarge;
  const kind = nonTextKind(bytes);
  if (kind)
    throw new ImportError(`${kind.says}, not a news document`, {
      key: kind.key,
      values: { name: kind.name },
    });
  if (looksBinary(bytes))
    throw new ImportError('the file is binary, not a news document', { key: 'binary' });
}

/**
 * Bytes to clean text: any charset (see charset.ts), line endings as LF, stray control
 * characters dropped. For bytes checkFileBytes has passed (parseWireFile checks them first).
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const decoded = decodeBytes(bytes, declared);
  const text = cleanText(decoded.text);
  if (text.trim() === '')
    throw new ImportError('the file holds only whitespace', { key: 'whitespace' });
  return { ...decoded, text };
}

/**
 * Line ends as \n (NEL, the line end of some mainframe wires, too), and no control characters
 * (ANPA and IPTC 7901 framing is read before).
 */
export function cleanText(text: string): string {
  return removeControls(text.replace(/\r\n?|\u0085/g, '\n').replace(TERMINAL_CODES, ''));
}

/** Colour and cursor codes a terminal-based wire system left in ("\x1b[0m"): not text. */
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const TERMINAL_CODES = /\x1b\[[0-9;?]*[A-Za-z]/g;

/**
 * Binary files have NULs and other control bytes all through them; text has at most a stray
 * one (dropped on decoding), or is UTF-16, whose NULs are every other byte.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  // UTF-16 text has NULs too; its BOM says so, or the pattern of its bytes does.
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
    return false;
  if (utf16WithoutBom(sample)) return false;
  let nul = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) nul += 1;
    else if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls += 1;
  }
  return nul > 1 + sample.length / 100 || (nul + controls) * 20 > sample.length;
}

/**
 * Control bytes that text copy does carry: tab, line ends, form feed and escape, and the framing
 * of IPTC 7901 and ANPA 1312 wires (SOH STX ETX EOT, SYN, DC1–DC4, ETB, RS, US). A short AP alert
 * is a tenth framing bytes, and was refused as binary.
 */
const TEXT_CONTROLS = new Set([
  0x01, 0x02, 0x03, 0x04, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x11, 0x12, 0x13, 0x14, 0x16, 0x17, 0x1b,
  0x1e, 0x1f,
]);

/**
 * Megabytes with one decimal where needed, rounded up: a file a byte over the limit is "50.1 MB",
 * never "50 MB", which would read as within it.
 */
function formatMb(bytes: number): string {
  const tenths = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}
