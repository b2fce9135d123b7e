import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running `edition serve`: what the e2e fixture and the benchmarks (bench/) both need. */
export interface ServeProcess {
  /** The printed URL, token included. */
  url: string;
  pid: number;
  /** Everything the process has written to stdout and stderr so far. */
  logs: () => string;
  stop: () => Promise<void>;
}

export interface ServedEdition extends ServeProcess {
  dbPath: string;
  folder: string;
  /** Runs the `edition` CLI against the same database. */
  cliArgs: (args: string[]) => string[];
}

export const REPO = join(__dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'edition.cjs');

/**
 * Starts `edition serve` on `dbPath`, as a user starts it, and waits for the URL it prints. If
 * it prints none within `timeoutMs` or exits first, the process is stopped before this throws:
 * a caller that never got a handle has nothing to stop it with.
 */
export async function spawnServe(
  dbPath: string,
  { timeoutMs }: { timeoutMs: number },
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, EDITION_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`edition serve printed no URL in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`edition serve exited (${code ?? signal}):\n${output}`));
      });
    });
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, pid: child.pid!, logs: () => output, stop: () => stopChild(child) };
}

/**
 * Ends the process and waits for it. A process killed by a signal has no exit code, only a
 * signal code: checking the exit code alone would wait for an 'exit' that already happened.
 */
async function stopChild(child: ChildProcess): Promise<void> {
  if ((child.exitCode ?? child.signalCode) !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Starts `edition serve` on a fresh temporary database; stop() deletes its folder too. */
export async function serveEdition(): Promise<ServedEdition> {
  const folder = mkdtempSync(join(tmpdir(), 'edition-e2e-'));
  const dbPath = join(folder, 'edition.db');
  let served: ServeProcess;
  try {
    served = await spawnServe(dbPath, { timeoutMs: 30_000 });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    ...served,
    dbPath,
    folder,
    cliArgs: (args) => [BIN, ...args, '--db', dbPath],
    stop: async () => {
      await served.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
