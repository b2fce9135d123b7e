import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/* The built `edition` command, run as a script runs it, for the CLI's tests. */

const run = promisify(execFile);
export const BIN = join(__dirname, '../../../../bin/edition.cjs');
export const SAMPLES = join(__dirname, '../../../../resources/samples');

/** Runs `edition` with these arguments: its exit code and what it printed. */
export async function edition(
  args: string[],
  options: { timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, EDITION_DB: '' },
      timeout: options.timeoutMs ?? 0,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
