import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/model';
import { reportCounts } from './report-counts';

const duplicate = { file: 'a.xml', id: 1, headline: 'A', reason: 'same-version' } as const;
const report = (duplicates: number): ImportReport => ({
  imported: [],
  updated: [],
  duplicates: Array.from({ length: duplicates }, () => duplicate),
  failed: [],
});

describe('the import summary line', () => {
  it('says one duplicate, and two duplicates', () => {
    expect(reportCounts(report(1))).toBe('0 imported, 0 updated, 1 duplicate, 0 failed');
    expect(reportCounts(report(2), false)).toBe('0 imported, 0 updated, 2 duplicates');
  });
});
