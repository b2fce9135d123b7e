import type { TFunction } from 'i18next';
import type { FailureReason } from '@shared/model';
import { httpStatusWhy } from '@shared/feed-http-status';
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
  const why = causeOf(failure.reason);
  return t(`import.failure.${key}`, {
    ...values,
    ...(why && { context: why }),
    defaultValue: failure.error,
  });
}

/**
 * A feed's failure said for its cause where Edition has words for it (feedUnreachable_noHost,
 * feedHttp_notFound…, i18next's context), else as the server or the network gave it.
 */
function causeOf(reason: FailureReason): string | null {
  if (reason.key === 'feedUnreachable') return unreachableWhy(reason.values?.detail);
  if (reason.key === 'feedHttp') return httpStatusWhy(reason.values?.status);
  return null;
}
