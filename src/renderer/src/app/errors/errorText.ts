import type { TFunction } from 'i18next';

/**
 * A failed request said in the interface's language, by its code (main's messages are English,
 * for logs, scripts and support), with main's own words kept as the detail to show beside it
 * (a tooltip, a details line) — unless they say nothing more than the sentence does.
 */
export function errorText(
  t: TFunction,
  error: { code?: string; message: string },
): { text: string; detail: string | null } {
  const text = t(`errors.messages.${error.code ?? 'internal'}`, {
    defaultValue: t('errors.messages.internal'),
  });
  const detail = error.message.trim();
  return { text, detail: detail === '' || detail === text ? null : detail };
}
