import type { TFunction } from 'i18next';
import type { FailureReason } from '@shared/model';
import { httpStatusWhy } from '@shared/feed-http-status';
import { parserFault } from '@shared/parser-errors';
import { unreachableWhy } from '@shared/unreachable';

/**
 * Why a file (or a feed's last check) failed, in the interface's language: by its reason where
 * main gave one, else main's own words (a parser's detail, a cause Edition has no name for).
 */
export function failureText(
  t: TFunction,
  failure: { error: string; reason?: FailureReason | null },
  /** A failed request's reason as errorText says it (see requestErrorOf), instead of main's words. */
  requestText?: string,
): string {
  if (!failure.reason) return failure.error;
  const { key } = failure.reason;
  let values = failure.reason.values;
  if (requestText !== undefined && key === 'requestFailed')
    values = { ...values, reason: requestText };
  // A parser's fault in the interface's words where Edition knows it, else in the parser's.
  const fault = parserFault(key, values?.detail);
  if (fault)
    values = {
      ...values,
      detail: t(`import.parserErrors.${fault.why}`, {
        ...fault.values,
        defaultValue: String(values?.detail),
      }),
    };
  const why = causeOf(failure.reason);
  return t(`import.failure.${key}`, {
    ...values,
    ...(why && { context: why }),
    defaultValue: failure.error,
  });
}

/**
 * A failed request (requestFailed) that kept main's code beside its words: the error to say in
 * the interface's language by errorText, main's words being its detail. Null for other failures.
 */
export function requestErrorOf(failure: {
  reason?: FailureReason | null;
}): { code: string; message: string } | null {
  if (failure.reason?.key !== 'requestFailed') return null;
  const { code, reason } = failure.reason.values ?? {};
  return typeof code === 'string' ? { code, message: String(reason ?? '') } : null;
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
