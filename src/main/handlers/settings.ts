import { z } from 'zod';
import type { Settings } from '../../shared/model';
import type { HandlerContext } from './context';
import { empty } from './schemas';
import type { Routes } from './types';

/** A week of daily backups: enough to go back past a bad Monday, small enough to forget. */
export const DEFAULT_BACKUP_KEEP = 7;

const language = z.enum(['bg', 'en']).nullable();

export const settingsRoutes: Routes<'settings.get' | 'settings.set'> = {
  'settings.get': {
    schema: empty,
    handle: (_req, ctx) => readSettings(ctx),
  },
  'settings.set': {
    schema: z
      .object({
        language: language.optional(),
        authorName: z.string().trim().max(200).nullable().optional(),
        backupKeep: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
    handle: (req, ctx) => {
      if (req.language !== undefined) ctx.settings.write('language', req.language);
      if (req.authorName !== undefined) ctx.settings.write('authorName', req.authorName || null);
      if (req.backupKeep !== undefined) ctx.settings.write('backupKeep', req.backupKeep);
      return readSettings(ctx);
    },
  },
};

function readSettings(ctx: HandlerContext): Settings {
  return {
    language: ctx.settings.read<Settings['language']>('language', null),
    authorName: ctx.settings.read<string | null>('authorName', null),
    backupKeep: ctx.settings.read<number>('backupKeep', DEFAULT_BACKUP_KEEP),
  };
}
