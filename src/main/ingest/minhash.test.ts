import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  estimatedSimilarity,
  fastWordHashes,
  minhashSignature,
  shingleWords,
  signatureToBlob,
} from './minhash';

/** The exact definition the fast path must reproduce: FNV-1a of each word of shingleWords. */
function exactWordHashes(text: string): number[] {
  return shingleWords(text).map((word) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i += 1)
      hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  });
}

const BULGARIAN =
  '„Няма да допуснем това“, каза ЁЛКА Путин в 12:30 ч. — на 14 март 2026 г. Президентът (ЕС/САЩ) ' +
  'отбеляза още: «Ещё раз» и Ѐ Ѝ Ђ ђ Ї ї. Price: 10 % of €1,000 & more… № 5\u00a0§ 3 © 2026';

describe('word hashes for MinHash', () => {
  it('gives, on wire copy, exactly the hashes of the exact path', () => {
    expect(fastWordHashes(BULGARIAN)).toEqual(exactWordHashes(BULGARIAN));
    expect(fastWordHashes('')).toEqual([]);
    expect(fastWordHashes('  ...  ')).toEqual([]);
  });

  it('leaves text it cannot lower-case without context to the exact path', () => {
    expect(fastWordHashes('ΟΔΥΣΣΕΥΣ')).toBeNull(); // Greek final sigma depends on context
    expect(fastWordHashes('İstanbul')).toBeNull();
    expect(fastWordHashes('µ² ª')).toBeNull(); // Latin-1 letters and digits
    expect(fastWordHashes('𝐀𝐁𝐂 word')).toBeNull(); // astral letters
  });

  it('keeps signatures of the same text equal and of unrelated texts apart', () => {
    const text = BULGARIAN.repeat(3);
    const a = minhashSignature(text)!;
    expect(estimatedSimilarity(a, minhashSignature(text)!)).toBe(1);
    const other =
      'Съвсем друга история за времето утре: слънчево, с температури до двадесет градуса.';
    expect(estimatedSimilarity(a, minhashSignature(other.repeat(2))!)).toBeLessThan(0.2);
  });

  it('gives the signatures that stores written by earlier versions hold', () => {
    // Stored signatures and LSH bands are compared with new ones: any change to words,
    // shingles, seeds or hashing would silently stop old stories from grouping with new ones.
    // Pinned from the signatures of 2026-11 (fast path for Cyrillic, exact path for Greek).
    const pinned = (text: string) =>
      createHash('sha256')
        .update(signatureToBlob(minhashSignature(text)!))
        .digest('hex');
    expect(minhashSignature(BULGARIAN)!.slice(0, 4)).toEqual(
      Uint32Array.of(425320647, 312949170, 208241834, 3973148),
    );
    expect(pinned(BULGARIAN)).toBe(
      'b1c390fe28a9e95b2c2b5d6d8b9bd0371edc014f652f2d91a40e15d9bbeabe96',
    );
    const greek =
      'Ο ΟΔΥΣΣΕΥΣ ταξίδεψε στην Ιθάκη μετά από δέκα χρόνια πολέμου και δέκα χρόνια ' +
      'περιπλάνησης στη θάλασσα.';
    expect(pinned(greek)).toBe('c89efb6ef7bad5cd925848f5569facb352d0116fdbf9263fe620ede36dadad6f');
  });
});
