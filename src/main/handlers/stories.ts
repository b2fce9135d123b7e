import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { ImportReport, RevisionContent, Story } from '../../shared/model';
import type { EditorUpdate } from '../store/stories-repo';
import { syncAnchors } from './annotation-sync';
import { parseBody } from '../lexical/body';
import { ingestFile, ingestFiles } from '../ingest/ingest-file';
import { detectQuotes } from '../quotes/detect';
import type { HandlerContext } from './context';
import { id, lexicalState, optionalText } from './schemas';
import type { Routes } from './types';

type StoryRequests =
  | 'stories.import'
  | 'stories.importText'
  | 'stories.list'
  | 'stories.get'
  | 'stories.save'
  | 'stories.revisions'
  | 'stories.revision'
  | 'stories.restoreRevision'
  | 'stories.quotes';

const MAX_LIST = 500;

export const storyRoutes: Routes<StoryRequests> = {
  'stories.import': {
    schema: z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(4096), dataBase64: z.string() }))
        .min(1, 'name at least one file')
        .max(10_000),
    }),
    handle: async (req, ctx) => {
      const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
      const files = req.files.map((file) => ({
        name: file.name,
        bytes: Buffer.from(file.dataBase64, 'base64'),
      }));
      await ingestFiles(ctx, files, report);
      return report;
    },
  },

  'stories.importText': {
    schema: z.object({
      text: z.string().max(10_000_000),
      html: z.string().max(20_000_000).optional(),
      name: z.string().min(1).max(300).optional(),
    }),
    handle: async (req, ctx) => {
      const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
      // Pasted HTML carries the structure (headings, lists, links); it is sanitised on the way in.
      const useHtml = req.html !== undefined && req.html.trim() !== '';
      const name = req.name ?? (useHtml ? 'pasted.html' : 'pasted.txt');
      const content = useHtml ? wrapHtml(req.html!) : req.text;
      await ingestFile(ctx, name, Buffer.from(content, 'utf8'), report);
      return report;
    },
  },

  'stories.list': {
    schema: z.object({
      search: z.string().max(500).optional(),
      limit: z.number().int().min(1).max(MAX_LIST).optional(),
      after: id.optional(),
      similarGroup: id.optional(),
      includeSimilar: z.boolean().optional(),
    }),
    handle: (req, ctx) => {
      const page = { limit: req.limit ?? 200, after: req.after };
      if (req.search?.trim()) return ctx.stories.search(req.search, page);
      return ctx.stories.list({
        ...page,
        similarGroup: req.similarGroup,
        includeSimilar: req.includeSimilar,
      });
    },
  },

  'stories.get': {
    schema: z.object({ id }),
    handle: (req, ctx) => requireStory(ctx, req.id),
  },

  'stories.save': {
    schema: z.object({
      id,
      body: lexicalState.optional(),
      headline: z.string().trim().min(1, 'a headline cannot be empty').max(1000).optional(),
      byline: optionalText(500),
      summary: optionalText(5000),
      dateline: optionalText(300),
      source: optionalText(300),
      baseRevision: z.number().int().positive().optional(),
      overwrite: z.boolean().optional(),
      session: z.string().min(1).max(100).optional(),
    }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.id);
      let body = story.body;
      let text = story.bodyText;
      if (req.body) {
        try {
          ({ body, text } = parseBody(req.body));
        } catch (error) {
          throw new AppError(
            'invalid_request',
            `body: not a readable story document (${(error as Error).message})`,
          );
        }
      }
      const keep = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
      return saveStory(ctx, story, req.baseRevision, 'edit', req.overwrite === true, {
        headline: req.headline ?? story.headline,
        byline: keep(req.byline, story.byline),
        summary: keep(req.summary, story.summary),
        dateline: keep(req.dateline, story.dateline),
        source: keep(req.source, story.source),
        body,
        bodyText: text,
        session: req.session ?? null,
      });
    },
  },

  'stories.revision': {
    schema: z.object({ id, number: z.number().int().positive() }),
    handle: (req, ctx) => requireRevision(ctx, req.id, req.number),
  },

  'stories.restoreRevision': {
    schema: z.object({
      id,
      number: z.number().int().positive(),
      baseRevision: z.number().int().positive().optional(),
      session: z.string().max(100).optional(),
    }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.id);
      const old = requireRevision(ctx, req.id, req.number);
      const saved = saveStory(ctx, story, req.baseRevision, 'restore', false, {
        headline: old.headline,
        byline: story.byline,
        summary: story.summary,
        dateline: story.dateline,
        source: story.source,
        body: old.body,
        bodyText: old.bodyText,
        restoredFrom: old.number,
        // Named so that the restoring window's own editor does not take it for another's.
        session: req.session ?? null,
      });
      // The wire's latest text taken back: the conflict is settled, and the story is the wire's
      // again (its next version replaces it, as for a story never edited).
      if (isLatestWireRevision(ctx, req.id, req.number)) ctx.stories.takeWireVersion(req.id);
      return saved;
    },
  },

  'stories.quotes': {
    schema: z.object({ id }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.id);
      return detectQuotes(story.bodyText, story.language);
    },
  },

  'stories.revisions': {
    schema: z.object({ id }),
    handle: (req, ctx) => {
      requireStory(ctx, req.id);
      return ctx.stories.revisions(req.id);
    },
  },
};

/**
 * One editor write: the conflict check, the new revision and the annotations' anchors, in one
 * transaction, so that a crash never leaves a revision without its story state or the reverse.
 */
function saveStory(
  ctx: HandlerContext,
  story: Story,
  baseRevision: number | undefined,
  reason: 'edit' | 'restore',
  overwrite: boolean,
  content: Omit<EditorUpdate, 'author' | 'reason'>,
): { id: number; revision: number; updatedAt: string } {
  const now = ctx.now();
  const revision = ctx.db
    .transaction(() => {
      const current = ctx.stories.get(story.id)!;
      const stale = baseRevision !== undefined && baseRevision !== current.revision;
      if (stale && !overwrite) {
        throw new AppError(
          'conflict',
          `Story ${story.id} changed elsewhere (revision ${current.revision}, the editor had ${baseRevision}); reload it.`,
        );
      }
      // Saved over what came meanwhile (the editor chose it, or closed the story): that stays a
      // revision; a wire update among it is a conflict to flag, as when the wire comes second.
      const overWire = stale && ctx.stories.wireUpdatedSince(story.id, baseRevision!);
      const next = ctx.stories.update(
        story.id,
        { ...content, author: ctx.settings.read<string | null>('authorName', null), reason },
        now,
      );
      if (overWire) ctx.stories.flagWireConflict(story.id);
      syncAnchors(ctx, story.id, content.body);
      return next;
    })
    .immediate();
  // Other windows with the story open learn that what they show is no longer the story.
  ctx.emit('story.saved', { id: story.id, revision, session: content.session ?? null });
  return { id: story.id, revision, updatedAt: now };
}

function isLatestWireRevision(ctx: HandlerContext, storyId: number, number: number): boolean {
  const wire = ctx.stories
    .revisions(storyId)
    .filter((revision) => revision.reason === 'import' || revision.reason === 'wire-update');
  return Math.max(...wire.map((revision) => revision.number)) === number;
}

function requireRevision(ctx: HandlerContext, storyId: number, number: number): RevisionContent {
  requireStory(ctx, storyId);
  const revision = ctx.stories.revision(storyId, number);
  if (!revision) throw new AppError('not_found', `Story ${storyId} has no revision ${number}.`);
  return revision;
}

export function requireStory(ctx: HandlerContext, storyId: number): Story {
  const story = ctx.stories.get(storyId);
  if (!story) throw new AppError('not_found', `There is no story ${storyId}.`);
  return story;
}

/** Clipboard HTML is a fragment; give it a document so that the HTML importer recognises it. */
function wrapHtml(fragment: string): string {
  return /<html[\s>]/i.test(fragment)
    ? fragment
    : `<!doctype html><html><body>${fragment}</body></html>`;
}
