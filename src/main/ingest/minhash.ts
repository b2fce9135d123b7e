/**
 * Near-duplicate detection by MinHash over word shingles, with LSH banding for lookup.
 *
 * Why this scheme: agencies rewrite each other (BTA from TASS), so copies share long runs of
 * words but not whole sentences. The Jaccard similarity of 3-word shingle sets measures that
 * overlap; MinHash estimates it from a fixed 64-number signature, and splitting 63 of its
 * positions into 21 bands of 3 lets the store find candidates by exact band matches (an index
 * lookup) instead of comparing every pair. A pair becomes a candidate with probability
 * 1 − (1 − J³)²¹: 0.73 at J = 0.4, 0.93 at 0.5, > 0.99 at 0.6 — rewrites of the same wire story
 * share most sentences and sit well above 0.5, while unrelated stories (J < 0.1) almost never
 * collide. Candidates are confirmed by the estimated Jaccard against SIMILARITY_THRESHOLD.
 */
export const SIGNATURE_SIZE = 64;
export const BANDS = 21;
const ROWS = 3;
const SHINGLE_WORDS = 3;
/** Estimated Jaccard of shingle sets above which two stories are "the same event". */
export const SIMILARITY_THRESHOLD = 0.3;
/** Too little text to judge: short items are never grouped. */
const MIN_SHINGLES = 8;

// Fixed seeds: signatures stored in the database must stay comparable across versions.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) =>
  mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)),
);

/** Words for shingling: lower case, ё folded to е, letters and digits only. */
export function shingleWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Hashes of every run of SHINGLE_WORDS words, combined from word hashes (no string building). */
export function shingleHashes(text: string): Set<number> {
  const words = fastWordHashes(text) ?? shingleWords(text).map(fnv1a);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) {
    let hash = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k += 1) hash = mix32(hash ^ words[i + k]!);
    hashes.add(hash);
  }
  return hashes;
}

const YO = 0x451;
const YE = 0x435;

/**
 * The hashes of shingleWords(text), in one pass over the characters without building a
 * string, for text whose every character is ASCII, basic Cyrillic (U+0400–U+045F, all
 * letters, lower-cased without context) or common punctuation (none of it letters or digits).
 * Anything else returns null and takes the exact path, so both give the same hashes and
 * signatures stay comparable. Half the cost of a signature was building the words.
 */
export function fastWordHashes(text: string): number[] | null {
  const hashes: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (code >= 0x410 && code <= 0x42f) code += 0x20;
    else if (code >= 0x400 && code <= 0x40f) code += 0x50;
    const letter =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x430 && code <= 0x45f);
    if (letter) {
      if (code === YO) code = YE;
      if (!inWord) {
        hash = 0x811c9dc5;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
      continue;
    }
    if (code >= 0x80 && !isPunctuation(code)) return null;
    if (inWord) {
      hashes.push(hash >>> 0);
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

/**
 * Non-ASCII characters common in wire copy that are neither letters nor digits: general
 * punctuation (dashes, „“ quotes, …), currency signs, №, and some Latin-1 signs.
 */
function isPunctuation(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x20a0 && code <= 0x20cf) ||
    code === 0x2116 ||
    NOT_WORD.has(code)
  );
}

const NOT_WORD = new Set([0xa0, 0xa7, 0xa9, 0xab, 0xad, 0xae, 0xb0, 0xb1, 0xb7, 0xbb, 0xd7]);

/** The signature, or null when the text is too short to compare meaningfully. */
export function minhashSignature(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const value = mix32(shingle ^ SEEDS[i]!) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** One hash per band; equal band hashes make two stories candidates. */
export function bandHashes(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row += 1) hash = mix32(hash ^ signature[band * ROWS + row]!);
    bands.push(hash | 0);
  }
  return bands;
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / SIGNATURE_SIZE;
}

export function signatureToBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads bits so that XOR-seeded values behave as independent hashes. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
