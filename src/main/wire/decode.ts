import { ImportError } from './types';

/** Larger text files are not wire stories; refusing them keeps one bad file from stalling an import. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Bytes to text. For now only UTF-8 (with or without BOM) is accepted; anything else is refused
 * with a reason rather than imported as mojibake. Line endings become LF and stray control
 * characters (other than tab and newline) are dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError(
      `the file is too large (${formatMb(bytes.length)}; the limit is ${formatMb(MAX_FILE_BYTES)})`,
    );
  }
  if (looksBinary(bytes)) throw new ImportError('the file is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError('the file is not valid UTF-8 text');
  }
  const cleaned = text.replace(/\r\n?/g, '\n').replace(STRAY_CONTROLS, '');
  if (cleaned.trim() === '') throw new ImportError('the file holds only whitespace');
  return cleaned;
}

// Control characters other than tab and newline: wire systems leave them in; readers never want them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
