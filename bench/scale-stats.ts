/** Milliseconds, summarised the way the scale benchmark prints them. */
export interface Timings {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * The benchmarks' one percentile: nearest rank, the sorted sample at floor(p% of n), `p` from 0
 * to 100 (100: the largest). Rounded to `decimals` places when given. NaN for no samples, which
 * JSON prints as null rather than as a flattering 0.
 */
export function percentile(samples: number[], p: number, decimals?: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  if (value === undefined) return NaN;
  if (decimals === undefined) return value;
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

export function summarise(samples: number[], decimals = 3): Timings {
  // No samples: zeros, with n = 0 telling them from measured figures.
  const at = (p: number) => (samples.length ? percentile(samples, p, decimals) : 0);
  return { n: samples.length, p50: at(50), p95: at(95), max: at(100) };
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
