import { resolve } from 'node:path';
import { createBackup, listBackups, restoreBackupFile } from '../../store/backup';
import { resolveDbPath } from '../../store/location';
import { servingPid } from '../../store/serving-lock';
import type { CliSession } from '../context';
import type { Output } from '../output';

/**
 * `edition backup list`: without opening the store, which may be missing or damaged — the
 * very time its backups are looked for ("edition restore" points here).
 */
export function backupListCommand(out: Output, dbFlag: string | undefined): number {
  const dbPath = resolveDbPath(dbFlag);
  const backups = listBackups(dbPath);
  out.data(backups, () =>
    backups.length === 0
      ? `No backups yet beside ${dbPath}.`
      : backups
          .map((b) => `${b.createdAt}  ${b.kind.padEnd(6)}  ${formatBytes(b.bytes)}  ${b.path}`)
          .join('\n'),
  );
  return 0;
}

/** `edition backup [--out FILE]`. */
export async function backupCommand(
  session: CliSession,
  out: Output,
  args: string[],
  options: { out?: string },
): Promise<number> {
  if (args.length > 0) throw new Error(`backup: unknown argument "${args[0]}"`);
  const backup = await createBackup(session.db, {
    kind: 'manual',
    ...(options.out ? { out: resolve(options.out) } : {}),
  });
  out.data(
    backup,
    () => `Backed up ${session.dbPath} to ${backup.path} (${formatBytes(backup.bytes)}).`,
  );
  return 0;
}

/**
 * `edition restore FILE`: runs without opening the store first, since the reason to restore is
 * often that the store cannot be opened. The replaced file is kept aside, never deleted.
 */
export function restoreCommand(out: Output, file: string | undefined, dbFlag?: string): number {
  if (!file) throw new Error('restore: name the backup file (see "edition backup list")');
  const dbPath = resolveDbPath(dbFlag);
  const serving = servingPid(dbPath);
  if (serving !== null) {
    throw new Error(
      `restore: Edition is running with ${dbPath} (process ${serving}). Restore from its Backups dialog, or quit it first.`,
    );
  }
  const source = resolve(file);
  const { keptAside, stories } = restoreBackupFile(dbPath, source);
  out.data({ db: dbPath, restoredFrom: source, keptAside, stories }, () =>
    [
      `Restored ${dbPath} from ${source} (${stories} stories).`,
      keptAside ? `The previous database was kept as ${keptAside}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return 0;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
