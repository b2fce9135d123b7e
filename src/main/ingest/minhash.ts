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
/**
 * Too little text for shingles: short items are grouped by their exact words only. Flashes of
 * a headline and a sentence share their dateline's words ("Nov 28 (AP) -- A quake hit"), which
 * made one agency's quakes in Kyoto and Osaka "similar" at 9 shingles each.
 */
const MIN_SHINGLES = 12;

// Fixed seeds: signatures stored in the database must stay comparable across versions. Held
// as int32 bits: see minhashSignature.
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, index) =>
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

/**
 * Scratch buffers reused from story to story (the parse workers sign thousands in a row):
 * word and shingle hashes as int32 bits, so that no hash becomes a heap number (V8 keeps
 * only 31-bit integers unboxed) and no Set of numbers is built per story.
 */
let wordScratch = new Int32Array(1024);
let shingleScratch = new Int32Array(1024);

/**
 * The distinct hashes of every run of SHINGLE_WORDS words among the `count` word hashes that
 * lead the word scratch (wordHashes), combined without building strings, sorted, as int32
 * bits. A view of a scratch buffer: valid until the next call.
 */
function shingleHashes(count: number): Int32Array {
  const shingles = Math.max(0, count - SHINGLE_WORDS + 1);
  if (shingleScratch.length < shingles) shingleScratch = new Int32Array(shingles);
  for (let i = 0; i < shingles; i += 1) {
    let hash = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k += 1) hash = mix32(hash ^ wordScratch[i + k]!);
    shingleScratch[i] = hash;
  }
  const sorted = shingleScratch.subarray(0, shingles).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i += 1)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.subarray(0, distinct);
}

/** The hashes of shingleWords(text) into the word scratch buffer, by the fast path where it
 * serves; the count. */
function wordHashes(text: string): number {
  const count = scanWordHashes(text);
  return count < 0 ? exactWordHashes(text) : count;
}

/** FNV-1a of each of shingleWords(text) into the word scratch buffer; the count. */
function exactWordHashes(text: string): number {
  const words = shingleWords(text);
  if (wordScratch.length < words.length) wordScratch = new Int32Array(words.length);
  words.forEach((word, index) => (wordScratch[index] = fnv1a(word)));
  return words.length;
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
  const count = scanWordHashes(text);
  if (count < 0) return null;
  return Array.from(wordScratch.subarray(0, count), (hash) => hash >>> 0);
}

/** fastWordHashes into the word scratch buffer: the count, or -1 for the exact path. */
function scanWordHashes(text: string): number {
  // A word is at least one character and is followed by one, but for the last.
  const most = Math.ceil(text.length / 2);
  if (wordScratch.length < most) wordScratch = new Int32Array(most);
  let count = 0;
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
    if (code >= 0x80 && !isPunctuation(code)) return -1;
    if (inWord) {
      wordScratch[count++] = hash;
      inWord = false;
    }
  }
  if (inWord) wordScratch[count++] = hash;
  return count;
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

/**
 * The signature (of the exact words, for a text too short for shingles: shortTextSignature),
 * or null for a text of a word or two. Each position is
 * the least of one seeded hash over the shingles, compared as unsigned 32-bit numbers. The
 * loop works on int32 bits with the sign bit flipped (signed order of x ^ 2³¹ is the unsigned
 * order of x), so that V8 keeps every value an untagged integer: a third faster than unsigned
 * numbers, which it holds as doubles, with the very same result.
 */
export function minhashSignature(text: string): Uint32Array | null {
  const words = wordHashes(text);
  const shingles = shingleHashes(words);
  if (shingles.length < MIN_SHINGLES) return shortTextSignature(words);
  const least = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  for (let s = 0; s < shingles.length; s += 1) {
    const shingle = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const value = mix32(shingle ^ SEEDS[i]!) ^ SIGN_BIT;
      if (value < least[i]!) least[i] = value;
    }
  }
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) signature[i] = least[i]! ^ SIGN_BIT;
  return signature;
}

const SIGN_BIT = 0x80000000 | 0;

/**
 * Too few words to estimate an overlap from: two agencies' flashes of the same words
 * ("Снеговалеж блокира прохода Шипка. Пътят през Шипка е затворен." and "…затворен!") are the
 * same event all the same. Every position holds one hash of all the words in order, so two
 * such texts agree everywhere (similarity 1, every band shared) when their words are the same,
 * and nowhere otherwise (nor with a longer text's signature). Fewer than MIN_SHORT_WORDS words
 * ("Снимка. БТА") are no event to group by: null. `count` word hashes lead the word scratch.
 */
function shortTextSignature(count: number): Uint32Array | null {
  if (count < MIN_SHORT_WORDS) return null;
  let hash = 0x1b873593;
  for (let i = 0; i < count; i += 1) hash = mix32(hash ^ wordScratch[i]!);
  return new Uint32Array(SIGNATURE_SIZE).fill(hash >>> 0);
}

/** Words a short text needs for its exact-words signature. */
const MIN_SHORT_WORDS = 5;

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

/**
 * murmur3's finaliser: spreads bits so that XOR-seeded values behave as independent hashes.
 * Returns int32 bits (callers that need the unsigned number write `>>> 0`).
 */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
