import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI lives apart from the Node build in node_modules,
 * so that tests and the CLI (Node) and the app (Electron) both work from one install.
 * scripts/prepare-electron-sqlite.mjs builds it.
 */
export function electronSqliteBinding(
  appRoot: string,
  electronVersion: string,
): string | undefined {
  const file = join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
