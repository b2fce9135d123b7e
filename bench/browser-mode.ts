/** Browser mode for the benchmarks: a serving process and Chromium to drive it. */
import { existsSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnServe, type ServeProcess } from '../e2e/support/server';

export interface Served extends ServeProcess {
  /** From spawning the command to its printed URL. */
  startMs: number;
}

/**
 * `edition serve` on a database, as a user starts it (the e2e suite's spawnServe); resolves
 * once it prints its URL. Call its API with apiClient (e2e/support/xss-api.ts).
 */
export async function serve(dbPath: string): Promise<Served> {
  const started = performance.now();
  // Longer than the e2e suite's 30 s: the scale bench serves archives of 100,000 stories.
  const served = await spawnServe(dbPath, { timeoutMs: 120_000 });
  return { ...served, startMs: Math.round(performance.now() - started) };
}

/** Debian's Chromium where installed, as the e2e suite uses it; Playwright's own elsewhere. */
export function launchChromium(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
    existsSync(path),
  );
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Starts a CPU profile of the page when `file` is given (the benchmarks' BENCH_PROFILE* options);
 * the returned function stops it and writes it there. Without a file both do nothing.
 */
export async function cpuProfile(
  page: Page,
  file: string | undefined,
  samplingIntervalUs?: number,
): Promise<() => Promise<void>> {
  if (!file) return async () => undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  if (samplingIntervalUs)
    await session.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    await session.detach();
  };
}
