import { z } from 'zod';
import type { WatchFolderState } from '../../shared/model';
import type { HandlerContext } from './context';
import { empty } from './schemas';
import type { Routes } from './types';

export const watchRoutes: Routes<'watch.get' | 'watch.set'> = {
  'watch.get': {
    schema: empty,
    handle: (_req, ctx) => state(ctx),
  },
  'watch.set': {
    schema: z.object({ folder: z.string().trim().min(1).max(4096).nullable() }),
    handle: async (req, ctx) => {
      ctx.settings.write('watchFolder', req.folder);
      return ctx.services.watch ? ctx.services.watch.follow(req.folder) : state(ctx);
    },
  },
};

/** Without a serving process (a one-shot CLI run) the setting is kept but nothing watches. */
function state(ctx: HandlerContext): WatchFolderState {
  return (
    ctx.services.watch?.state() ?? {
      folder: ctx.settings.read<string | null>('watchFolder', null),
      active: false,
      error: null,
      errorReason: null,
      failedFiles: 0,
      recentFailures: [],
      unreadable: [],
    }
  );
}
