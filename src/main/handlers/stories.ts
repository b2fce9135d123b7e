import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { ImportReport, Story } from '../../shared/model';
import { parseBody } from '../lexical/body';
import { ingestFile, ingestFiles } from '../ingest/ingest-file';
import { detectQuotes } from '../quotes/detect';
import type { HandlerContext } from './context';
import { id, lexicalState } from './schemas';
import type { Routes } from './types';

type StoryRequests =
  | 'stories.import'
  | 'stories.importText'
  | 'stories.list'
  | 'stories.get'
  | 'stories.save'
  | 'stories.revisions'
  | 'stories.quotes';

const MAX_LIST = 500;

export const storyRoutes: Routes<StoryRequests> = {
  'stories.import': {
    schema: z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(1000), dataBase64: z.string() }))
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
      similarGroup: id.optional(),
    }),
    handle: (req, ctx) => {
      const limit = req.limit ?? 200;
      if (req.search?.trim()) return ctx.stories.search(req.search, limit);
      return ctx.stories.list({ limit, similarGroup: req.similarGroup });
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
      byline: z.string().max(500).nullable().optional(),
      baseRevision: z.number().int().positive().optional(),
    }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.id);
      if (req.baseRevision !== undefined && req.baseRevision !== story.revision) {
        throw new AppError(
          'conflict',
          `Story ${story.id} changed elsewhere (revision ${story.revision}, the editor had ${req.baseRevision}); reload it.`,
        );
      }
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
      const now = ctx.now();
      const revision = ctx.stories.update(
        story.id,
        {
          headline: req.headline ?? story.headline,
          byline: req.byline === undefined ? story.byline : req.byline,
          body,
          bodyText: text,
          author: ctx.settings.read<string | null>('authorName', null),
          reason: 'edit',
        },
        now,
      );
      return { id: story.id, revision, updatedAt: now };
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
