import { checkDigest, type CheckFinding } from '../checks';
import type { ExportDigest } from '../digest-model';
import { renderEmailHtml } from '../email-html';
import { FIXTURE_NOW, morningDigest, story } from './digests';

/* The pre-send checks as the tests run them: at the fixtures' time, on the rendered email. */

export function check(digest: ExportDigest, emailHtml = renderEmailHtml(digest)): CheckFinding[] {
  return checkDigest(digest, { now: FIXTURE_NOW, emailHtml });
}

/** A clean one-story digest, to test one finding at a time. */
export function clean(overrides: Partial<ExportDigest> = {}): ExportDigest {
  return {
    ...morningDigest(),
    sections: [{ id: 1, name: 'Новини', items: [story(1, 1)] }],
    ...overrides,
  };
}

/** The findings' codes, sorted. */
export const codes = (findings: CheckFinding[]) => findings.map((finding) => finding.code).sort();
