/** Browser mode for the benchmarks: a serving process, its API, and Chromium to drive it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const REPO = join(__dirname, '..');
const BIN = join(REPO, 'bin', 'edition.cjs');

export interface Served {
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** From spawning the command to its printed URL. */
  startMs: number;
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
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    pid: child.pid!,
    startMs: Math.round(performance.now() - started),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function api(served: Served, name: string, req: unknown): Promise<unknown> {
  const response = await fetch(`${served.origin}/api/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Edition-Token': served.token,
      Origin: served.origin,
    },
    body: JSON.stringify(req),
  });
  const answer = (await response.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { message: string };
  };
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`);
  return answer.value;
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

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) /
    10
  );
}
