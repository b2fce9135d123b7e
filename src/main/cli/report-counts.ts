import type { ImportReport } from '../../shared/model';

/** "3 imported, 0 updated, 1 duplicate, 0 failed": the summary line every import command ends with. */
export function reportCounts(report: ImportReport, withFailed = true): string {
  const duplicates = report.duplicates.length;
  const parts = [
    `${report.imported.length} imported`,
    `${report.updated.length} updated`,
    `${duplicates} ${duplicates === 1 ? 'duplicate' : 'duplicates'}`,
  ];
  if (withFailed) parts.push(`${report.failed.length} failed`);
  return parts.join(', ');
}
