import { readFileSync } from 'node:fs';
import { serve as startServe } from './browser-mode';

export interface MeasuredServe {
  url: string;
  pid: number;
  startMs: number;
  /** Waits until the process stops working after its start; answers how long that took. */
  settle: () => Promise<number>;
  memory: () => { rssMb: number; peakRssMb: number };
  stop: () => Promise<void>;
}

/** `edition serve` (bench/browser-mode.ts), with its memory and CPU read from /proc. */
export async function serve(dbPath: string): Promise<MeasuredServe> {
  const served = await startServe(dbPath);
  return {
    ...served,
    memory: () => processMemory(served.pid),
    settle: () => settle(served.pid),
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
