import type { UploadedFile } from '@shared/api';
import type { ImportReport } from '@shared/model';
import { call } from '@renderer/api/client';
import { fileToBase64 } from './base64';

/** Keeps each request body moderate: base64 adds a third, and the HTTP door has a size limit. */
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

function batches(files: File[]): File[][] {
  const result: File[][] = [];
  let current: File[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && size + file.size > MAX_BATCH_BYTES) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function emptyReport(): ImportReport {
  return { imported: [], updated: [], duplicates: [], failed: [] };
}

/** Reads the files the user chose or dropped and imports them; one report for all of them. */
export async function importFiles(files: File[]): Promise<ImportReport> {
  const report = emptyReport();
  for (const batch of batches(files)) {
    const uploads: UploadedFile[] = [];
    for (const file of batch) {
      try {
        uploads.push({ name: file.name, dataBase64: await fileToBase64(file) });
      } catch (error) {
        report.failed.push({ file: file.name, error: String(error) });
      }
    }
    if (uploads.length === 0) continue;
    const answer = await call('stories.import', { files: uploads });
    report.imported.push(...answer.imported);
    report.updated.push(...answer.updated);
    report.duplicates.push(...answer.duplicates);
    report.failed.push(...answer.failed);
  }
  return report;
}
