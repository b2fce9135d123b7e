/** Browser mode for the benchmarks: a serving process, its API, and Chromium to drive it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

export interface Served {
  url: string;
  origin: string;
  token: string;
  stop: () => void;
}

export async function serve(db: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [join(__dirname, '..', 'bin', 'edition.cjs'), 'serve', '--db', db, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    stop: () => child.kill('SIGTERM'),
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
