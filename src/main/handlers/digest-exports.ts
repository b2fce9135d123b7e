import { z } from 'zod';
import { loadDigest } from '../digest/load';
import { renderDigestHtml } from '../export/html';
import { id } from './schemas';
import { requireStory } from './stories';
import type { Routes } from './types';

export const digestExportRoutes: Routes<'digests.export'> = {
  'digests.export': {
    schema: z.object({ id, format: z.literal('html') }),
    handle: (req, ctx) => {
      const digest = loadDigest(ctx, req.id);
      const stories = digest.items.map((item) => requireStory(ctx, item.storyId));
      return {
        format: 'html',
        fileName: `edition-${digest.date}-${digest.id}.html`,
        mimeType: 'text/html;charset=utf-8',
        content: renderDigestHtml(digest, stories, { generatedAt: ctx.now() }),
      };
    },
  },
};
