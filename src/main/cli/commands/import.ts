import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UploadedFile } from '../../../shared/api';
import type { ImportReport } from '../../../shared/model';
import { sizeRefusal } from '../../wire/decode';
import type { CliSession } from '../context';
import type { Output } from '../output';

/** Files read per request, so that a folder of thousands never sits in memory at once. */
const BATCH = 50;

export async function importCommand(
  session: CliSession,
  out: Output,
  paths: string[],
): Promise<number> {
  if (paths.length === 0) throw new Error('import: name at least one file or folder');
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const files = await expand(paths, report);
  for (let start = 0; start < files.length; start += BATCH) {
    const batch: UploadedFile[] = [];
    for (const file of files.slice(start, start + BATCH)) {
      try {
        const tooLarge = sizeRefusal((await stat(file)).size);
        if (tooLarge) {
          report.failed.push({ file, error: tooLarge });
          continue;
        }
        batch.push({ name: file, dataBase64: (await readFile(file)).toString('base64') });
      } catch (error) {
        report.failed.push({ file, error: describeFsError(error) });
      }
    }
    if (batch.length > 0) merge(report, await session.call('stories.import', { files: batch }));
    if (!out.json && files.length > BATCH)
      out.info(`imported ${Math.min(start + BATCH, files.length)}/${files.length} files`);
  }
  out.data(report, () => humanReport(report));
  // Non-zero only when nothing at all could be taken in: scripts retry whole runs, not files.
  const tookSomething =
    report.imported.length + report.updated.length + report.duplicates.length > 0;
  return report.failed.length > 0 && !tookSomething ? 1 : 0;
}

async function expand(paths: string[], report: ImportReport): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await walk(path)));
      else files.push(path);
    } catch (error) {
      report.failed.push({ file: path, error: describeFsError(error) });
    }
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function merge(into: ImportReport, from: ImportReport): void {
  into.imported.push(...from.imported);
  into.updated.push(...from.updated);
  into.duplicates.push(...from.duplicates);
  into.failed.push(...from.failed);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

function humanReport(report: ImportReport): string {
  const lines = report.imported.map(
    (entry) => `imported #${entry.id} ${entry.headline}  (${entry.file})`,
  );
  lines.push(
    ...report.updated.map(
      (entry) =>
        `updated #${entry.id} to version ${entry.version ?? '?'}${entry.conflict ? ' (CONFLICT: the editor had changed it; the wire text is a revision)' : ''}  (${entry.file})`,
    ),
  );
  lines.push(
    ...report.duplicates.map(
      (entry) => `duplicate of #${entry.id} (${entry.reason}): ${entry.file}`,
    ),
  );
  lines.push(...report.failed.map((entry) => `FAILED ${entry.file}: ${entry.error}`));
  lines.push(
    `${report.imported.length} imported, ${report.updated.length} updated, ${report.duplicates.length} duplicates, ${report.failed.length} failed`,
  );
  return lines.join('\n');
}
