import type { TFunction } from 'i18next';
import type { FailureReason } from '@shared/model';

/**
 * Why a file (or a feed's last check) failed, in the interface's language: by its reason where
 * main gave one, else main's own words (a parser's detail, a cause Edition has no name for).
 */
export function failureText(
  t: TFunction,
  failure: { error: string; reason?: FailureReason | null },
): string {
  if (!failure.reason) return failure.error;
  return t(`import.failure.${failure.reason.key}`, {
    ...failure.reason.values,
    defaultValue: failure.error,
  });
}
