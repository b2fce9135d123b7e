import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ExportFormat } from '../../../shared/model';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';
import { assertWritable, writeOutFile } from '../write-out';

const FORMATS: readonly ExportFormat[] = ['html', 'email', 'text', 'markdown', 'eml'];

/** `edition export <digest-id> --format html|email|text|markdown|eml [--out FILE] [--override REASON]`. */
export async function exportCommand(
  session: CliSession,
  out: Output,
  idArg: string | undefined,
  options: { format?: string; out?: string; override?: string },
): Promise<number> {
  const id = parseId(idArg, 'digest id');
  const format = (options.format ?? 'html') as ExportFormat;
  if (!FORMATS.includes(format)) {
    throw new Error(`export: unknown --format "${options.format}" (one of: ${FORMATS.join(', ')})`);
  }
  const file = options.out ? resolve(options.out) : null;
  if (file) await assertWritable('export', file, session.dbPath);
  let exported;
  try {
    exported = await session.call('digests.export', {
      id,
      format,
      ...(options.override ? { override: { reason: options.override } } : {}),
    });
  } catch (error) {
    if (!(out.json && error instanceof AppError && error.code === 'blocked')) throw error;
    // A script asked for JSON: what stopped the export, as data (the checks' findings).
    const findings = await session.call('digests.check', { id });
    out.data({ blocked: true, format, message: error.message, findings }, () => '');
    process.stderr.write(`edition: ${error.message} [blocked]\n`);
    return 1;
  }
  for (const finding of exported.findings) out.info(`${finding.severity}: ${finding.message}`);
  if (!file) {
    if (out.json) out.data(exported, () => '');
    else process.stdout.write(exported.content);
    return 0;
  }
  await writeOutFile('export', file, exported.content);
  const summary = {
    file,
    format: exported.format,
    bytes: Buffer.byteLength(exported.content),
    findings: exported.findings,
  };
  out.data(summary, () => `wrote ${file} (${summary.bytes} bytes)`);
  return 0;
}
