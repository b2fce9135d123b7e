import type { FailureKey } from '../../shared/model';

export interface NonTextKind {
  key: Extract<FailureKey, 'picture' | 'video' | 'sound' | 'otherKind'>;
  /** The type's usual name: JPEG, MP4, PDF, ZIP. */
  name: string;
  /** In words: "a picture (JPEG)". */
  says: string;
}

type Kind = NonTextKind['key'];

/** Bytes at an offset; null matches any byte. */
interface Signature {
  kind: Kind;
  name: string;
  at?: number;
  bytes: (number | null)[];
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * Signatures of the files that land among wire copy (photos, clips, sound, PDFs, archives,
 * office documents), each long or unprintable enough that no text starts with it by chance.
 * A general signature library was tried and refused plain copy: its one- and two-letter
 * signatures ("G" for MPEG, "BM" for BMP) are the openings of ordinary headlines.
 */
const SIGNATURES: Signature[] = [
  { kind: 'picture', name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'picture', name: 'PNG', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'picture', name: 'GIF', bytes: ascii('GIF87a') },
  { kind: 'picture', name: 'GIF', bytes: ascii('GIF89a') },
  { kind: 'picture', name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'picture', name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'picture', name: 'PSD', bytes: [...ascii('8BPS'), 0x00, 0x01] },
  {
    kind: 'picture',
    name: 'WEBP',
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')],
  },
  {
    kind: 'video',
    name: 'AVI',
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')],
  },
  {
    kind: 'sound',
    name: 'WAV',
    bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')],
  },
  { kind: 'video', name: 'WEBM', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { kind: 'sound', name: 'MP3', bytes: [...ascii('ID3'), null, 0x00] },
  { kind: 'sound', name: 'OGG', bytes: [...ascii('OggS'), 0x00] },
  { kind: 'sound', name: 'FLAC', bytes: [...ascii('fLaC'), 0x00] },
  { kind: 'otherKind', name: 'PDF', bytes: ascii('%PDF-') },
  { kind: 'otherKind', name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'otherKind', name: 'GZIP', bytes: [0x1f, 0x8b, 0x08] },
  { kind: 'otherKind', name: '7Z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'otherKind', name: 'RAR', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  {
    kind: 'otherKind',
    name: 'DOC/XLS',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
];

/** ISO media brands (HEIC, AVIF) that are pictures; every other brand is a video. */
const PICTURE_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif']);

/**
 * What a file is by its signature, when that is something other than text: a picture, a video,
 * a sound, a PDF, an archive. Null for text and for anything unrecognised, which the readers
 * then judge by content. Needed besides the binary-byte count: a camera's JPEG can open with
 * kilobytes of XMP, which reads as text, and a PDF opens with text too.
 */
export function nonTextKind(bytes: Uint8Array): NonTextKind | null {
  const found = SIGNATURES.find((signature) => matches(bytes, signature));
  if (found) return describe(found.kind, found.name);
  return isoMedia(bytes);
}

/** MP4, MOV, HEIC, AVIF: a box whose size starts with a zero byte, then "ftyp" and a brand. */
function isoMedia(bytes: Uint8Array): NonTextKind | null {
  if (bytes.length < 12 || bytes[0] !== 0x00) return null;
  if (String.fromCharCode(...bytes.subarray(4, 8)) !== 'ftyp') return null;
  const brand = String.fromCharCode(...bytes.subarray(8, 12))
    .trim()
    .toLowerCase();
  if (PICTURE_BRANDS.has(brand)) return describe('picture', brand.toUpperCase());
  return describe('video', brand === 'qt' ? 'MOV' : 'MP4');
}

function matches(bytes: Uint8Array, { at = 0, bytes: expected }: Signature): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((byte, index) => byte === null || bytes[at + index] === byte);
}

function describe(key: Kind, name: string): NonTextKind {
  const says =
    key === 'picture'
      ? `a picture (${name})`
      : key === 'video'
        ? `a video (${name})`
        : key === 'sound'
          ? `a sound file (${name})`
          : `a ${name} file`;
  return { key, name, says };
}
