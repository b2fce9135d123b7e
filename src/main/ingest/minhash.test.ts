import { describe, expect, it } from 'vitest';
import { estimatedSimilarity, fastWordHashes, minhashSignature, shingleWords } from './minhash';

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
});
