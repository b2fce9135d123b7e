import type { TFunction } from 'i18next';
import type { FailureReason } from '@shared/model';
import { unreachableWhy } from '@shared/unreachable';

/**
 * Why a file (or a feed's last check) failed, in the interface's language: by its reason where
 * main gave one, else main's own words (a parser's detail, a cause Edition has no name for).
 */
export function failureText(
  t: TFunction,
  failure: { error: string; reason?: FailureReason | null },
): string {
  if (!failure.reason) return failure.error;
  const { key, values } = failure.reason;
  // An unreachable feed in words for its cause (feedUnreachable_noHost…), else with its code.
  const why = key === 'feedUnreachable' ? unreachableWhy(values?.detail) : null;
  return t(`import.failure.${key}`, {
    ...values,
    ...(why && { context: why }),
    defaultValue: failure.error,
  });
}
