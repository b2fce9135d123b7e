import type { HandlerContext } from '../handlers/context';
import { readBackupKeep } from '../handlers/settings-defaults';
import { createBackup, listBackups, pruneBackups } from './backup';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Makes an automatic backup when the newest one is a day old (checked at start and hourly, so
 * a laptop that sleeps through midnight still gets its daily copy), then keeps the newest N.
 * Returns the backup made, if any.
 */
export async function backUpIfDue(ctx: HandlerContext, now = new Date()): Promise<string | null> {
  const dbPath = ctx.db.name;
  if (!dbPath || dbPath === ':memory:') return null;
  const newest = listBackups(dbPath).find((backup) => backup.kind === 'auto');
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  const made = await createBackup(ctx.db, { kind: 'auto', now });
  pruneBackups(dbPath, readBackupKeep(ctx));
  return made.path;
}

export function startBackupSchedule(
  ctx: HandlerContext,
  log: (line: string) => void,
): { stop: () => void } {
  const run = () =>
    backUpIfDue(ctx).catch((error: unknown) =>
      log(`backup: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
