import type { TFunction } from 'i18next';
import type { ImportFailure } from '@shared/model';

/**
 * Why a file failed, in the interface's language: by its reason where main gave one, else
 * main's own words (a parser's detail, a cause Edition has no name for).
 */
export function failureText(
  t: TFunction,
  failure: Pick<ImportFailure, 'error' | 'reason'>,
): string {
  if (!failure.reason) return failure.error;
  return t(`import.failure.${failure.reason.key}`, {
    ...failure.reason.values,
    defaultValue: failure.error,
  });
}
