import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { loadDigest } from '../digest/load';
import type { ItemOverrides } from '../store/digest-items-repo';
import type { HandlerContext } from './context';
import { id } from './schemas';
import { requireStory } from './stories';
import type { Routes } from './types';

type ItemRequests =
  | 'digests.addStory'
  | 'digests.removeItem'
  | 'digests.restoreItem'
  | 'digests.moveItem'
  | 'digests.updateItem'
  | 'digests.addSection'
  | 'digests.renameSection'
  | 'digests.moveSection'
  | 'digests.deleteSection';

const sectionName = z.string().trim().min(1, 'a section needs a name').max(120);
const position = z.number().int().min(0).max(100_000);

/** An item's overrides as a request may carry them. */
const overrides = {
  headlineOverride: z.string().trim().max(1000).nullable().optional(),
  summaryOverride: z.string().trim().max(5000).nullable().optional(),
  showByline: z.boolean().optional(),
  showSource: z.boolean().optional(),
  showImage: z.boolean().optional(),
  showBody: z.boolean().optional(),
};

/** An emptied override means "use the story's own again". */
function emptiedToNull<T extends ItemOverrides>(given: T): T {
  return {
    ...given,
    ...(given.headlineOverride === '' ? { headlineOverride: null } : {}),
    ...(given.summaryOverride === '' ? { summaryOverride: null } : {}),
  };
}

/**
 * Every change to an edition's order is one transaction that renumbers what it touches and
 * bumps the edition's revision; the answer is the whole edition as it now stands, so a window
 * that was behind (another window moved something) is corrected by its own next move.
 */
function change(ctx: HandlerContext, digestId: number, apply: () => void) {
  loadDigest(ctx, digestId);
  ctx.db
    .transaction(() => {
      apply();
      ctx.digests.touch(digestId, ctx.now());
    })
    .immediate();
  return changed(ctx, digestId);
}

/** The edition as it now stands, told to every open window (the one that asked included). */
export function changed(ctx: HandlerContext, digestId: number) {
  const digest = loadDigest(ctx, digestId);
  ctx.emit('digests.changed', { id: digest.id, revision: digest.revision });
  return digest;
}

function requireSection(ctx: HandlerContext, digestId: number, sectionId: number | null): void {
  if (sectionId === null) return;
  const section = ctx.digestItems.section(sectionId);
  if (!section || section.digestId !== digestId)
    throw new AppError('not_found', `Digest ${digestId} has no section ${sectionId}.`);
}

function requireItem(ctx: HandlerContext, digestId: number, itemId: number): void {
  const item = ctx.digestItems.item(itemId);
  if (!item || item.digestId !== digestId)
    throw new AppError('not_found', `Digest ${digestId} has no item ${itemId}.`);
}

export const digestItemRoutes: Routes<ItemRequests> = {
  'digests.addStory': {
    schema: z.object({
      digestId: id,
      storyIds: z.array(id).min(1, 'name at least one story').max(1000),
      sectionId: id.nullable().optional(),
    }),
    handle: (req, ctx) => {
      for (const storyId of req.storyIds) requireStory(ctx, storyId);
      requireSection(ctx, req.digestId, req.sectionId ?? null);
      return change(ctx, req.digestId, () =>
        ctx.digestItems.add(req.digestId, req.storyIds, req.sectionId ?? null),
      );
    },
  },
  'digests.removeItem': {
    schema: z.object({ digestId: id, itemId: id }),
    handle: (req, ctx) => {
      requireItem(ctx, req.digestId, req.itemId);
      return change(ctx, req.digestId, () => ctx.digestItems.remove(req.digestId, req.itemId));
    },
  },
  'digests.restoreItem': {
    schema: z.object({
      digestId: id,
      storyId: id,
      sectionId: id.nullable(),
      position,
      ...overrides,
      overridesRevision: z.number().int().positive().nullable().optional(),
    }),
    handle: (req, ctx) => {
      requireStory(ctx, req.storyId);
      const { digestId, storyId, sectionId, position: at, overridesRevision, ...given } = req;
      // A section deleted since the removal: its stories went to the lead, and so does this one.
      const section = sectionId === null ? null : ctx.digestItems.section(sectionId);
      const into = section && section.digestId === digestId ? sectionId : null;
      return change(ctx, digestId, () =>
        ctx.digestItems.restore(
          digestId,
          storyId,
          into,
          at,
          emptiedToNull(given),
          overridesRevision,
        ),
      );
    },
  },
  'digests.moveItem': {
    schema: z.object({ digestId: id, itemId: id, sectionId: id.nullable(), position }),
    handle: (req, ctx) => {
      requireItem(ctx, req.digestId, req.itemId);
      requireSection(ctx, req.digestId, req.sectionId);
      return change(ctx, req.digestId, () =>
        ctx.digestItems.move(req.digestId, req.itemId, req.sectionId, req.position),
      );
    },
  },
  'digests.updateItem': {
    schema: z.object({ digestId: id, itemId: id, ...overrides }),
    handle: (req, ctx) => {
      requireItem(ctx, req.digestId, req.itemId);
      const { digestId, itemId, ...given } = req;
      return change(ctx, digestId, () => ctx.digestItems.updateItem(itemId, emptiedToNull(given)));
    },
  },
  'digests.addSection': {
    schema: z.object({ digestId: id, name: sectionName }),
    handle: (req, ctx) =>
      change(ctx, req.digestId, () => void ctx.digestItems.createSection(req.digestId, req.name)),
  },
  'digests.renameSection': {
    schema: z.object({ digestId: id, sectionId: id, name: sectionName }),
    handle: (req, ctx) => {
      requireSection(ctx, req.digestId, req.sectionId);
      return change(ctx, req.digestId, () =>
        ctx.digestItems.renameSection(req.sectionId, req.name),
      );
    },
  },
  'digests.moveSection': {
    schema: z.object({ digestId: id, sectionId: id, position }),
    handle: (req, ctx) => {
      requireSection(ctx, req.digestId, req.sectionId);
      return change(ctx, req.digestId, () =>
        ctx.digestItems.moveSection(req.digestId, req.sectionId, req.position),
      );
    },
  },
  'digests.deleteSection': {
    schema: z.object({ digestId: id, sectionId: id }),
    handle: (req, ctx) => {
      requireSection(ctx, req.digestId, req.sectionId);
      return change(ctx, req.digestId, () =>
        ctx.digestItems.deleteSection(req.digestId, req.sectionId),
      );
    },
  },
};
