/** Milliseconds, summarised the way the scale benchmark prints them. */
export interface Timings {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarise(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}

/**
 * One run's wall time (what an editor waits) and CPU time of this process (what the query
 * itself costs). The machine may be shared: while another process has the CPU, wall time
 * grows and CPU time does not, so the two together tell the query from the neighbours.
 */
export interface Run<T> {
  ms: number;
  cpuMs: number;
  value: T;
}

export function once<T>(run: () => T): Run<T> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/** The run of median wall time among three. */
export function timed<T>(run: () => T): Run<T> {
  const runs = [once(run), once(run), once(run)].sort((a, b) => a.ms - b.ms);
  return runs[1]!;
}

/** Wall and CPU time of a set of runs. */
export function summariseRuns(runs: { ms: number; cpuMs: number }[]): Timings & { cpu: Timings } {
  return { ...summarise(runs.map((run) => run.ms)), cpu: summarise(runs.map((run) => run.cpuMs)) };
}

/** How a figure grew from the small archive to the large one (2.0 = doubled). */
export function growth(small: number, large: number): number | null {
  return small > 0 ? Math.round((large / small) * 100) / 100 : null;
}
