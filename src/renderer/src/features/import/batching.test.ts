import { describe, expect, it } from 'vitest';
import { nextBatchSize, planBatches, type BatchLimits } from './batching';

const limits: BatchLimits = { maxFiles: 3, maxBytes: 100, maxFileBytes: 1000 };
const file = (size: number) => ({ kind: 'file' as const, size });
const text = (size: number) => ({ kind: 'text' as const, size });

describe('batching', () => {
  it('groups up to the file count', () => {
    const items = Array.from({ length: 7 }, () => file(1));
    expect(planBatches(items, limits).map((b) => b.length)).toEqual([3, 3, 1]);
  });

  it('groups up to the byte budget, and sends a large file alone', () => {
    const items = [file(40), file(40), file(40), file(500), file(10), file(95), file(10)];
    expect(planBatches(items, limits).map((b) => b.map((i) => i.size))).toEqual([
      [40, 40],
      [40],
      [500],
      [10],
      [95],
      [10],
    ]);
  });

  it('sends pasted text by itself', () => {
    const items = [file(1), text(5), file(1), file(1)];
    expect(planBatches(items, limits).map((b) => b.map((i) => i.kind))).toEqual([
      ['file'],
      ['text'],
      ['file', 'file'],
    ]);
  });

  it('answers 0 at the end of the queue', () => {
    expect(nextBatchSize([file(1)], 1, limits)).toBe(0);
    expect(nextBatchSize([], 0, limits)).toBe(0);
  });

  it('uses 20 files or 4 MB by default', () => {
    const small = Array.from({ length: 45 }, () => file(1000));
    expect(planBatches(small).map((b) => b.length)).toEqual([20, 20, 5]);
    const mb = 1024 * 1024;
    const big = [file(3 * mb), file(2 * mb), file(1 * mb), file(1 * mb)];
    expect(planBatches(big).map((b) => b.length)).toEqual([1, 3]);
  });
});
