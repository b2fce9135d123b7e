import { describe, expect, it } from 'vitest';
import type { CheckFinding } from './findings';
import { findingField } from './findingField';

const finding = (code: string, more: Partial<CheckFinding> = {}): CheckFinding => ({
  severity: 'warning',
  code,
  message: code,
  params: {},
  ...more,
});

describe('the field a finding is about', () => {
  it('is the subject or the preheader for their own findings', () => {
    expect(findingField(finding('subject-empty'))).toBe('subject');
    expect(findingField(finding('subject-length', { params: { length: 90 } }))).toBe('subject');
    expect(findingField(finding('preheader-missing'))).toBe('preheader');
  });

  it('is the field a placeholder or an intro link is in', () => {
    expect(findingField(finding('placeholder', { params: { field: 'sign-off' } }))).toBe(
      'sign-off',
    );
    expect(findingField(finding('link-relative', { params: { where: 'intro' } }))).toBe('intro');
  });

  it('is none for a story’s or a section’s finding', () => {
    expect(
      findingField(finding('placeholder', { storyId: 3, params: { field: 'summary' } })),
    ).toBeNull();
    expect(
      findingField(finding('placeholder', { sectionId: 2, params: { field: 'section' } })),
    ).toBeNull();
    expect(findingField(finding('edition-empty'))).toBeNull();
  });
});
