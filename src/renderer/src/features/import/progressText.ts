import type { TFunction } from 'i18next';
import type { ImportProgress } from './importJob';

/**
 * "12 of 340 files · 2 errors so far · current: name.xml", in the UI's language. The file name
 * comes last: the bar shows two lines, and a wire file's long name must not hide the errors.
 */
export function progressText(t: TFunction, progress: ImportProgress): string {
  if (progress.total === 0) {
    return progress.collecting ? t('import.progress.collecting') : t('import.progress.starting');
  }
  const parts = [t('import.progress.files', { done: progress.done, count: progress.total })];
  if (progress.errors > 0) parts.push(t('import.progress.errors', { count: progress.errors }));
  if (progress.collecting) parts.push(t('import.progress.stillReading'));
  if (progress.cancelling) parts.push(t('import.progress.cancelling'));
  else if (progress.current) parts.push(t('import.progress.current', { name: progress.current }));
  return parts.join(' · ');
}

/** The bar's fill, 0–100; while folders are still being read the total is not known yet. */
export function progressPercent(progress: ImportProgress): number {
  if (progress.total === 0) return 0;
  return Math.min(100, Math.round((progress.done / progress.total) * 100));
}
