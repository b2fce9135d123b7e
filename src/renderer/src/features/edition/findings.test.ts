import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { errorCode, isBlocked, isNotAvailable, readFindings } from './findings';

describe('check findings', () => {
  it('keeps well-formed findings, errors first', () => {
    expect(
      readFindings([
        { severity: 'warning', code: 'subject-long', message: 'Long subject' },
        { severity: 'error', code: 'canceled', message: 'Canceled story', storyId: 4, itemId: 9 },
        { code: 'no-message' },
        'junk',
        { severity: 'odd', code: 'x', message: 'Treated as a warning', sectionId: -1 },
      ]),
    ).toEqual([
      {
        severity: 'error',
        code: 'canceled',
        message: 'Canceled story',
        storyId: 4,
        itemId: 9,
        sectionId: undefined,
      },
      {
        severity: 'warning',
        code: 'subject-long',
        message: 'Long subject',
        storyId: undefined,
        itemId: undefined,
        sectionId: undefined,
      },
      {
        severity: 'warning',
        code: 'x',
        message: 'Treated as a warning',
        storyId: undefined,
        itemId: undefined,
        sectionId: undefined,
      },
    ]);
    expect(readFindings(null)).toEqual([]);
  });

  it('tells blocked exports and requests main does not know yet apart', () => {
    const blocked = new AppError('blocked' as never, 'Blocked by 2 errors');
    expect(isBlocked(blocked)).toBe(true);
    expect(errorCode(blocked)).toBe('blocked');
    expect(isNotAvailable(new AppError('unknown_request', 'no'))).toBe(true);
    expect(isNotAvailable(new AppError('invalid_request', 'format'))).toBe(true);
    expect(isNotAvailable(new AppError('not_found', 'gone'))).toBe(false);
    expect(isBlocked(new Error('plain'))).toBe(false);
  });
});
