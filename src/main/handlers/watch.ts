import { homedir } from 'node:os';
import { join } from 'node:path';
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
      const folder = req.folder === null ? null : withHome(req.folder);
      ctx.settings.write('watchFolder', folder);
      return ctx.services.watch ? ctx.services.watch.follow(folder) : state(ctx);
    },
  },
};

/** "~/Входящи" as a shell reads it: the user's home folder, which the window cannot know. */
function withHome(folder: string): string {
  return /^~(?=$|[\\/])/.test(folder) ? join(homedir(), folder.slice(1)) : folder;
}

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
