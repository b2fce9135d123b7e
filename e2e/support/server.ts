import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedEdition {
  url: string;
  dbPath: string;
  folder: string;
  /** Runs the `edition` CLI against the same database. */
  cliArgs: (args: string[]) => string[];
  stop: () => Promise<void>;
  logs: () => string;
}

export const REPO = join(__dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'edition.cjs');

/** Starts `edition serve` on a fresh temporary database and waits for the URL it prints. */
export async function serveEdition(): Promise<ServedEdition> {
  const folder = mkdtempSync(join(tmpdir(), 'edition-e2e-'));
  const dbPath = join(folder, 'edition.db');
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--db', dbPath, '--port', '0'],
    {
      cwd: REPO,
      env: { ...process.env, EDITION_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`edition serve printed no URL:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`edition serve exited with ${code}:\n${output}`)),
    );
  });
  return {
    url,
    dbPath,
    folder,
    cliArgs: (args) => [BIN, ...args, '--db', dbPath],
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
