import { filetypeinfo } from 'magic-bytes.js';

/** Enough of a file's start for every signature magic-bytes.js knows. */
const SIGNATURE_BYTES = 4096;

/**
 * What a file is by its signature (magic bytes), when that is something other than text: a
 * picture, a video, a PDF, an archive. Null for text and for anything unrecognised, which
 * the readers then judge by content. Needed besides the binary-byte count: a camera's JPEG
 * can open with kilobytes of XMP, which reads as text, and a PDF opens with text too.
 */
export function nonTextKind(bytes: Uint8Array): string | null {
  const known = filetypeinfo(bytes.subarray(0, SIGNATURE_BYTES)).find((type) => type.mime);
  if (!known?.mime) return null;
  const mime = known.mime.toLowerCase();
  if (mime.startsWith('text/') || /xml|json/.test(mime)) return null;
  const name = (known.extension ?? known.typename).toUpperCase();
  if (mime.startsWith('image/')) return `a picture (${name})`;
  if (mime.startsWith('video/')) return `a video (${name})`;
  if (mime.startsWith('audio/')) return `a sound file (${name})`;
  if (mime === 'application/rtf') return null; // text with markup; the readers say what they make of it
  return `a ${name} file`;
}
