import { z } from 'zod';
import type { Settings } from '../../shared/model';
import type { HandlerContext } from './context';
import { empty } from './schemas';
import type { Routes } from './types';

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
      })
      .strict(),
    handle: (req, ctx) => {
      if (req.language !== undefined) ctx.settings.write('language', req.language);
      if (req.authorName !== undefined) ctx.settings.write('authorName', req.authorName || null);
      return readSettings(ctx);
    },
  },
};

function readSettings(ctx: HandlerContext): Settings {
  return {
    language: ctx.settings.read<Settings['language']>('language', null),
    authorName: ctx.settings.read<string | null>('authorName', null),
  };
}
