import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'Edition';
const DB_FILE = 'edition.db';

/**
 * The OS user-data folder, computed the way Electron's app.getPath('userData') does for an app
 * named "Edition", so that the CLI (plain Node) and the desktop app open the same file.
 */
export function userDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** `--db FILE` wins, then EDITION_DB, then the user-data folder. */
export function resolveDbPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (flag) return flag;
  if (env.EDITION_DB) return env.EDITION_DB;
  return join(userDataFolder(env), DB_FILE);
}
