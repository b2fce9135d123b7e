import type { TFunction } from 'i18next';

/**
 * A failed request said in the interface's language. Main's messages are English (for logs,
 * scripts and support), and often more precise than a sentence chosen by the error's code
 * ("Already subscribed to …" is a `conflict`): an English interface shows them as they are.
 * Another language gets the sentence for the code, with main's own words kept as the detail to
 * show beside it (a details line, a tooltip), unless they say nothing more.
 */
export function errorText(
  t: TFunction,
  language: string,
  error: { code?: string; message: string },
): { text: string; detail: string | null } {
  const own = error.message.trim();
  if (language.startsWith('en') && own !== '') return { text: own, detail: null };
  const text = t(`errors.messages.${error.code ?? 'internal'}`, {
    defaultValue: t('errors.messages.internal'),
  });
  return { text, detail: own === '' || own === text ? null : own };
}

/** A tooltip for a failure said in a few words (a status): the words, then main's own detail. */
export function withDetail(t: TFunction, text: string, detail: string | null): string {
  return detail === null ? text : `${text}\n${t('errors.detailLabel')}: ${detail}`;
}
