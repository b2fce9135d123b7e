import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Digest } from '../../shared/model';
import { renderDigestHtml } from '../export/html';
import type { HandlerContext } from './context';
import { empty, id, isoDate } from './schemas';
import { requireStory } from './stories';
import type { Routes } from './types';

type DigestRequests =
  | 'digests.create'
  | 'digests.list'
  | 'digests.get'
  | 'digests.addStory'
  | 'digests.removeItem'
  | 'digests.export';

export const digestRoutes: Routes<DigestRequests> = {
  'digests.create': {
    schema: z.object({ date: isoDate, title: z.string().trim().max(300).optional() }),
    handle: (req, ctx) => {
      const title = req.title || defaultTitle(req.date);
      return requireDigest(ctx, ctx.digests.create(req.date, title, ctx.now()));
    },
  },

  'digests.list': {
    schema: empty,
    handle: (_req, ctx) => ctx.digests.list(),
  },

  'digests.get': {
    schema: z.object({ id }),
    handle: (req, ctx) => requireDigest(ctx, req.id),
  },

  'digests.addStory': {
    schema: z.object({
      digestId: id,
      storyIds: z.array(id).min(1, 'name at least one story').max(1000),
    }),
    handle: (req, ctx) => {
      requireDigest(ctx, req.digestId);
      for (const storyId of req.storyIds) requireStory(ctx, storyId);
      ctx.digests.addStories(req.digestId, req.storyIds, ctx.now());
      return requireDigest(ctx, req.digestId);
    },
  },

  'digests.removeItem': {
    schema: z.object({ digestId: id, itemId: id }),
    handle: (req, ctx) => {
      requireDigest(ctx, req.digestId);
      if (!ctx.digests.removeItem(req.digestId, req.itemId, ctx.now())) {
        throw new AppError('not_found', `Digest ${req.digestId} has no item ${req.itemId}.`);
      }
      return requireDigest(ctx, req.digestId);
    },
  },

  'digests.export': {
    schema: z.object({ id, format: z.literal('html') }),
    handle: (req, ctx) => {
      const digest = requireDigest(ctx, req.id);
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

function requireDigest(ctx: HandlerContext, digestId: number): Digest {
  const digest = ctx.digests.get(digestId);
  if (!digest) throw new AppError('not_found', `There is no digest ${digestId}.`);
  return digest;
}

function defaultTitle(date: string): string {
  return `Edition ${date}`;
}
