#!/usr/bin/env node
// Builds better-sqlite3 a second time, against Electron's headers, into native/electron-<v>/,
// leaving node_modules' Node build untouched: tests and the CLI keep running on Node while the
// app runs on Electron, after one install and in either order. Needs the internet once (for
// Electron's headers); where that is impossible it says so and, with --quiet-fail, lets the
// install continue, because everything except the desktop window still works.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  copyFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quietFail = process.argv.includes('--quiet-fail');

function electronVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * node-gyp honours npm's `nodedir` (set on some machines to Node's own headers); for Electron
 * that would silently build for the wrong ABI, so every npm_config_* hint is dropped here.
 */
function electronBuildEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)),
  );
  return { ...env, npm_config_runtime: 'electron' };
}

const version = electronVersion();
if (!version) {
  console.log('[prepare-electron-sqlite] electron is not installed; skipping.');
  process.exit(0);
}
const target = join(root, 'native', `electron-${version}`, 'better_sqlite3.node');
if (existsSync(target)) {
  console.log(`[prepare-electron-sqlite] ${target} is ready.`);
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'edition-sqlite-'));
try {
  cpSync(source, work, {
    recursive: true,
    filter: (path) => !path.includes(`${join(source, 'build')}`),
  });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  console.log(`[prepare-electron-sqlite] building better-sqlite3 for Electron ${version}…`);
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit', env: electronBuildEnv() },
  );
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`[prepare-electron-sqlite] wrote ${target}`);
} catch (error) {
  const message =
    `[prepare-electron-sqlite] could not build better-sqlite3 for Electron ${version} ` +
    `(Electron's headers could not be fetched, or the compiler failed): ${error.message}\n` +
    '  Tests, the CLI and browser mode ("npm run serve") work without it; the desktop window needs it.\n' +
    '  Run "npm run prepare:electron" again where electronjs.org is reachable.';
  console.warn(message);
  process.exitCode = quietFail ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
