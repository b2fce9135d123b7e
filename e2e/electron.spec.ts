import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import '../src/preload/index.d';
import { REPO } from './support/server';

/**
 * The desktop shell, where an Electron binary exists. On machines where it cannot be downloaded
 * (such as CI here) the spec is reported as skipped with the reason.
 */
function electronBinary(): string | null {
  try {
    // electron's package main is the binary's path; it throws where the binary is missing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const nativeReady = existsSync(join(REPO, 'native'));
// The list reporter shows skips without their reason; say it where CI logs will show it.
if (!binary || !nativeReady) {
  console.log(
    `[electron spec] skipped: ${!binary ? 'no Electron binary on this machine' : 'better-sqlite3 not built for Electron'}`,
  );
}

test.skip(
  !binary,
  'The Electron binary is not installed (it cannot be downloaded on this machine).',
);
test.skip(
  !nativeReady,
  'better-sqlite3 has not been built for Electron; run "npm run prepare:electron".',
);

test('the desktop window opens isolated, with window.api and no Node', async () => {
  const app = await electron.launch({
    args: [REPO, '--db', join(REPO, 'test-results', 'electron.db')],
  });
  const page = await app.firstWindow();
  await expect(page.getByTestId('import-button')).toBeVisible();
  // No Node in the page; only the preload's one-method-per-request API.
  const exposed = await page.evaluate(() => {
    const scope = globalThis as unknown as {
      require?: unknown;
      process?: unknown;
      api?: Record<string, unknown>;
    };
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      list: typeof scope.api?.['stories.list'],
      invoke: typeof scope.api?.invoke,
    };
  });
  expect(exposed).toEqual({
    require: 'undefined',
    process: 'undefined',
    list: 'function',
    invoke: 'undefined',
  });
  await app.close();
});
