import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Events } from '../../shared/events';
import type { Annotation } from '../../shared/model';
import { detectQuotesCached } from '../quotes/detect-cache';
import { openSuggestions } from '../quotes/open-suggestions';
import type { HandlerContext } from './context';
import { id } from './schemas';
import { requireStory } from './stories';
import type { Routes } from './types';

const annotationId = z.string().trim().min(1).max(100);
const type = z.enum(['quote', 'claim', 'note']);
const status = z.enum(['unverified', 'verified', 'disputed', 'false', 'needs-source']);
const text = (max: number) => z.string().trim().max(max).nullable().optional();
const sourceUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => value === '' || /^https?:\/\//i.test(value),
    'a source URL starts with http:// or https://',
  )
  .nullable()
  .optional();

type AnnotationRequests =
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.delete'
  | 'annotations.addNote'
  | 'quotes.suggestions'
  | 'quotes.dismiss'
  | 'quotes.undismiss';

export const annotationRoutes: Routes<AnnotationRequests> = {
  'annotations.list': {
    schema: z.object({ storyId: id }),
    handle: (req, ctx) => {
      requireStory(ctx, req.storyId);
      return ctx.annotations.listForStory(req.storyId);
    },
  },
  'annotations.create': {
    schema: z.object({
      id: annotationId,
      storyId: id,
      type,
      status: status.optional(),
      speaker: text(300),
      sourceName: text(300),
      sourceUrl,
      quote: z.string().max(20_000),
      prefix: z.string().max(200).optional(),
      suffix: z.string().max(200).optional(),
    }),
    handle: (req, ctx) => {
      requireStory(ctx, req.storyId);
      if (ctx.annotations.get(req.id))
        throw new AppError('conflict', `Annotation ${req.id} already exists.`);
      ctx.annotations.create(
        {
          id: req.id,
          storyId: req.storyId,
          type: req.type,
          status: req.status ?? 'unverified',
          speaker: req.speaker || null,
          sourceName: req.sourceName || null,
          sourceUrl: req.sourceUrl || null,
          quote: req.quote,
          prefix: req.prefix ?? '',
          suffix: req.suffix ?? '',
        },
        author(ctx),
        ctx.now(),
      );
      return changed(ctx, requireAnnotation(ctx, req.id), 'created');
    },
  },
  'annotations.update': {
    schema: z.object({
      id: annotationId,
      type: type.optional(),
      status: status.optional(),
      speaker: text(300),
      sourceName: text(300),
      sourceUrl,
    }),
    handle: (req, ctx) => {
      requireAnnotation(ctx, req.id);
      const { id: annotation, ...patch } = req;
      const cleaned = Object.fromEntries(
        Object.entries(patch)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, value === '' ? null : value]),
      );
      ctx.annotations.update(annotation, cleaned, author(ctx), ctx.now());
      return changed(ctx, requireAnnotation(ctx, annotation), 'updated');
    },
  },
  'annotations.delete': {
    schema: z.object({ id: annotationId }),
    handle: (req, ctx) => {
      const annotation = requireAnnotation(ctx, req.id);
      ctx.annotations.delete(req.id);
      changed(ctx, annotation, 'deleted');
      return ctx.annotations.listForStory(annotation.storyId);
    },
  },
  'annotations.addNote': {
    schema: z.object({
      id: annotationId,
      text: z.string().trim().min(1, 'a note needs text').max(10_000),
    }),
    handle: (req, ctx) => {
      requireAnnotation(ctx, req.id);
      ctx.annotations.addNote(req.id, req.text, author(ctx), ctx.now());
      return changed(ctx, requireAnnotation(ctx, req.id), 'updated');
    },
  },
  'quotes.suggestions': {
    schema: z.object({ storyId: id }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.storyId);
      return openSuggestions(
        detectQuotesCached(story.bodyText, story.language),
        story.body,
        ctx.annotations.listForStory(story.id),
        ctx.annotations.dismissedQuotes(story.id),
      );
    },
  },
  'quotes.dismiss': {
    schema: z.object({ storyId: id, quote: z.string().min(1).max(20_000) }),
    handle: (req, ctx) => {
      requireStory(ctx, req.storyId);
      ctx.annotations.dismissQuote(req.storyId, req.quote, ctx.now());
      return { dismissed: true as const };
    },
  },
  'quotes.undismiss': {
    schema: z.object({ storyId: id, quote: z.string().min(1).max(20_000) }),
    handle: (req, ctx) => {
      requireStory(ctx, req.storyId);
      ctx.annotations.undismissQuote(req.storyId, req.quote);
      return { undismissed: true as const };
    },
  },
};

function requireAnnotation(ctx: HandlerContext, annotationIdValue: string): Annotation {
  const annotation = ctx.annotations.get(annotationIdValue);
  if (!annotation) throw new AppError('not_found', `There is no annotation ${annotationIdValue}.`);
  return annotation;
}

function author(ctx: HandlerContext): string | null {
  return ctx.settings.read<string | null>('authorName', null);
}

/**
 * Other windows with the story open show the change at once: a verdict set here is not left
 * showing its old status there, for a fact-checker to set over it unknowingly.
 */
function changed(
  ctx: HandlerContext,
  annotation: Annotation,
  change: Events['annotations.changed']['change'],
): Annotation {
  ctx.emit('annotations.changed', { storyId: annotation.storyId, id: annotation.id, change });
  return annotation;
}
