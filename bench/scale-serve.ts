import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..');
const BIN = join(REPO, 'bin', 'edition.cjs');

export interface Served {
  url: string;
  pid: number;
  /** From spawning the command to its printed URL. */
  startMs: number;
  /** Waits until the process stops working after its start; answers how long that took. */
  settle: () => Promise<number>;
  memory: () => { rssMb: number; peakRssMb: number };
  stop: () => Promise<void>;
}

/** `edition serve` on a database, as a user starts it; resolves once it prints its URL. */
export async function serve(dbPath: string): Promise<Served> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, EDITION_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL from edition serve:\n${output}`)),
      120_000,
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
    child.once('exit', (code) => reject(new Error(`edition serve exited (${code}):\n${output}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    startMs: Math.round(performance.now() - started),
    memory: () => processMemory(pid),
    settle: () => settle(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resident memory now and at its peak, from Linux's /proc (VmRSS, VmHWM). */
function processMemory(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time used by a process so far, in clock ticks (utime + stime of /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * A serving process does work of its own after it prints its URL (the daily backup of the
 * database, which for a first start of a 100,000-story archive copies 800 MB): measuring
 * during it would time the backup, not the inbox. Idle means under 5% of a core for a second.
 */
async function settle(pid: number): Promise<number> {
  const started = performance.now();
  let last = cpuTicks(pid);
  let quiet = 0;
  while (quiet < 4 && performance.now() - started < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuTicks(pid);
    quiet = now - last <= 1 ? quiet + 1 : 0;
    last = now;
  }
  return Math.round(performance.now() - started);
}
