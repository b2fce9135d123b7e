import type { ExportedDigest, ExportFormat } from '@shared/model';
import { call } from '@renderer/api/client';
import { readFindings, type CheckFinding } from './findings';

export {
  errorCode,
  isBlocked,
  isNotAvailable,
  readFindings,
  type CheckFinding,
  type Severity,
} from './findings';

/**
 * The pre-send checks, read defensively (a main older than this window answers
 * `unknown_request`, which the board reports as "not available" rather than as a failure).
 */
export async function checkEdition(id: number): Promise<CheckFinding[]> {
  return readFindings(await call('digests.check', { id }));
}

/** The online link check: every web link and picture visited (seconds, and the internet). */
export async function checkEditionLinks(
  id: number,
): Promise<{ checked: number; findings: CheckFinding[] }> {
  const answer = await call('digests.checkLinks', { id });
  return {
    checked: typeof answer.checked === 'number' ? answer.checked : 0,
    findings: readFindings(answer.findings),
  };
}

/**
 * An export. Serious findings answer `blocked` unless an override with a reason is given (main
 * records it with the findings); a format main does not know answers `invalid_request`.
 */
/** The edition in the format for looking at, whatever the checks find. */
export async function previewEdition(
  id: number,
  format: ExportFormat,
): Promise<ExportedDigest & { findings: CheckFinding[] }> {
  const file = await call('digests.preview', { id, format });
  return { ...file, findings: readFindings(file.findings) };
}

export async function exportEdition(
  id: number,
  format: ExportFormat,
  override?: { reason: string },
): Promise<ExportedDigest & { findings: CheckFinding[] }> {
  const file = await call('digests.export', override ? { id, format, override } : { id, format });
  return { ...file, findings: readFindings(file.findings) };
}
