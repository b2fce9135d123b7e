import { AppError } from '@shared/errors';

/** What main's checks and failed exports say, read defensively (main may be newer or older). */

export type Severity = 'error' | 'warning';

export interface CheckFinding {
  severity: Severity;
  code: string;
  message: string;
  /** What the message says, by name (main's shared CheckFinding.params). */
  params?: Record<string, string | number>;
  storyId?: number;
  itemId?: number;
  sectionId?: number;
  /** The quote or claim it is about. */
  annotationId?: string;
}

function optionalId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The params whose values are text or numbers; none at all when main sent none. */
function readParams(value: unknown): { params?: Record<string, string | number> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const params: Record<string, string | number> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>))
    if (typeof entry === 'string' || typeof entry === 'number') params[key] = entry;
  return { params };
}

/** Keeps the findings that have the promised shape (a newer main may send more fields). */
export function readFindings(answer: unknown): CheckFinding[] {
  if (!Array.isArray(answer)) return [];
  const findings: CheckFinding[] = [];
  for (const entry of answer as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    if (typeof record.message !== 'string') continue;
    findings.push({
      severity: record.severity === 'error' ? 'error' : 'warning',
      code: typeof record.code === 'string' ? record.code : 'unknown',
      message: record.message,
      ...readParams(record.params),
      storyId: optionalId(record.storyId),
      itemId: optionalId(record.itemId),
      sectionId: optionalId(record.sectionId),
      ...(typeof record.annotationId === 'string' && { annotationId: record.annotationId }),
    });
  }
  // Errors first, then warnings, each in main's order.
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}

/** The code of a failed request as main sent it (codes newer than this build included). */
export function errorCode(error: unknown): string | null {
  return error instanceof AppError ? (error.code as string) : null;
}

/** Main does not (yet) know this request or this variant of it. */
export function isNotAvailable(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'unknown_request' || code === 'invalid_request';
}

export function isBlocked(error: unknown): boolean {
  return errorCode(error) === 'blocked';
}
