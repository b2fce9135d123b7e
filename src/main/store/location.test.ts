import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDbPath, userDataFolder } from './location';

describe('database location', () => {
  it('prefers --db, then EDITION_DB, then the user-data folder', () => {
    expect(resolveDbPath('/x/flag.db', { EDITION_DB: '/x/env.db' })).toBe('/x/flag.db');
    expect(resolveDbPath(undefined, { EDITION_DB: '/x/env.db' })).toBe('/x/env.db');
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/cfg' })).toBe(
      process.platform === 'linux'
        ? join('/cfg', 'Edition', 'edition.db')
        : join(userDataFolder({}), 'edition.db'),
    );
  });

  it('matches Electron userData folders per platform', () => {
    expect(userDataFolder({}, 'linux')).toBe(join(homedir(), '.config', 'Edition'));
    expect(userDataFolder({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'Edition'),
    );
    expect(userDataFolder({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'Edition'),
    );
  });
});
