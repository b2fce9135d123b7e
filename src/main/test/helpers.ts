import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createContext, type HandlerContext } from '../handlers/context';
import { callHandler } from '../handlers/dispatch';
import { openStore } from '../store/db';

export const FIXED_NOW = '2026-03-14T08:30:00.000Z';

/** A migrated in-memory store with handlers, and a clock fixed for stable assertions. */
export function memoryContext(): HandlerContext {
  return createContext(openStore(':memory:'), () => FIXED_NOW);
}

/** A request through the handlers, as every door makes it; errors are thrown. */
export const call = callHandler;

export function upload(
  name: string,
  content: string | Uint8Array,
): { name: string; dataBase64: string } {
  return { name, dataBase64: Buffer.from(content).toString('base64') };
}

/** A maker of temporary folders for a test file, each removed after the test that made it. */
export function tempFolders(): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  return () => {
    const temp = tempFolder();
    cleanups.push(temp.cleanup);
    return temp.path;
  };
}

export function tempFolder(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'edition-test-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Waits until `condition` holds, looking every 25 ms; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
