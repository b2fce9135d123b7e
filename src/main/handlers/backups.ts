import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { createBackup, listBackups, restoreBackupFile } from '../store/backup';
import { replaceStore, type HandlerContext } from './context';
import { empty } from './schemas';
import type { Routes } from './types';

export const backupRoutes: Routes<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': {
    schema: empty,
    handle: (_req, ctx) => listBackups(storePath(ctx)),
  },
  'backups.create': {
    schema: empty,
    handle: (_req, ctx) => createBackup(ctx.db, { kind: 'manual' }),
  },
  'backups.restore': {
    schema: z.object({ name: z.string().min(1).max(200) }).strict(),
    handle: (req, ctx) => {
      const dbPath = storePath(ctx);
      const backup = listBackups(dbPath).find((candidate) => candidate.name === req.name);
      if (!backup) throw new AppError('not_found', `There is no backup named ${req.name}.`);
      if (!ctx.reopen) {
        throw new AppError(
          'invalid_request',
          `Restoring needs the database closed: quit Edition and run "edition restore ${backup.path}".`,
        );
      }
      ctx.db.close();
      let restored: ReturnType<typeof restoreBackupFile>;
      try {
        restored = restoreBackupFile(dbPath, backup.path);
      } finally {
        // Whether the restore worked or not, the process must have a store again.
        replaceStore(ctx, ctx.reopen());
      }
      const { keptAside, stories } = restored;
      ctx.emit('stories.changed', { reason: 'restore', imported: 0, updated: 0, failed: 0 });
      return { restored: backup, keptAside, stories };
    },
  },
};

function storePath(ctx: HandlerContext): string {
  const path = ctx.db.name;
  if (!path || path === ':memory:')
    throw new AppError('invalid_request', 'An in-memory database has no backups.');
  return path;
}
