import { z } from 'zod';
import { loadDigest } from '../digest/load';
import { changed } from './digest-items';
import { editionWindow } from '../digest/window';
import { parseBody } from '../lexical/body';
import { defaultEditionTitle } from '../export/strings';
import { AppError } from '../../shared/errors';
import { WIRE_SECTION_MAX } from '../../shared/model';
import { closeTime, editionLanguage, empty, id, isoDate, lexicalState, timezone } from './schemas';
import { readEditionDefaults, SAMPLE_EDITION_SETTING } from './settings-defaults';
import type { Routes } from './types';

type DigestRequests =
  | 'digests.create'
  | 'digests.list'
  | 'digests.get'
  | 'digests.update'
  | 'digests.window'
  | 'digests.windowFacets';

export const digestRoutes: Routes<DigestRequests> = {
  'digests.create': {
    schema: z.object({
      date: isoDate,
      title: z.string().trim().max(300).optional(),
      timezone: timezone.optional(),
      closeTime: closeTime.optional(),
      /** Start from the previous edition's sections and settings (default: yes, when there is one). */
      fromPrevious: z.boolean().optional(),
    }),
    handle: (req, ctx) => {
      const now = ctx.now();
      const sample = ctx.settings.read<number | null>(SAMPLE_EDITION_SETTING, null);
      const previous = req.fromPrevious === false ? null : ctx.digests.previous(req.date, sample);
      const defaults = readEditionDefaults(ctx);
      const language = previous?.language ?? defaults.language;
      const title = req.title || defaults.title || defaultEditionTitle(req.date, language);
      const digestId = ctx.db
        .transaction(() => {
          const created = ctx.digests.create(
            req.date,
            {
              title,
              // The subject line starts as the title; the editor sharpens it.
              subject: title,
              timezone: req.timezone ?? previous?.timezone ?? defaults.timezone,
              closeTime: req.closeTime ?? previous?.close_time ?? defaults.closeTime,
              language,
              signoff: previous?.signoff ?? defaults.signoff ?? null,
            },
            now,
          );
          if (previous) ctx.digestItems.copySections(previous.id, created);
          else for (const name of defaults.sections) ctx.digestItems.createSection(created, name);
          return created;
        })
        .immediate();
      return loadDigest(ctx, digestId);
    },
  },

  'digests.list': {
    schema: empty,
    handle: (_req, ctx) => ctx.digests.list(),
  },

  'digests.get': {
    schema: z.object({ id }),
    handle: (req, ctx) => loadDigest(ctx, req.id),
  },

  'digests.update': {
    schema: z.object({
      id,
      title: z.string().trim().min(1, 'an edition needs a title').max(300).optional(),
      subject: z.string().max(300).optional(),
      preheader: z.string().max(500).optional(),
      intro: lexicalState.nullable().optional(),
      signoff: z.string().max(5000).nullable().optional(),
      timezone: timezone.optional(),
      closeTime: closeTime.optional(),
      language: editionLanguage.optional(),
    }),
    handle: (req, ctx) => {
      const current = loadDigest(ctx, req.id);
      let introText: string | undefined;
      let intro = req.intro;
      if (req.intro) {
        try {
          const parsed = parseBody(req.intro);
          intro = parsed.body;
          introText = parsed.text;
        } catch (error) {
          throw new AppError(
            'invalid_request',
            `intro: not a readable document (${(error as Error).message})`,
            ['intro'],
          );
        }
      } else if (req.intro === null) {
        introText = '';
      }
      const { id: digestId, ...fields } = req;
      // The subject line starts as the title (digests.create): until it is written apart from
      // it, a renamed edition's email goes out under the new name, not the old one — renamed on
      // the board or by `digest set --title` alike.
      const subjectFollows =
        fields.title !== undefined &&
        fields.subject === undefined &&
        current.subject.trim() === current.title.trim();
      ctx.digests.update(
        digestId,
        { ...fields, ...(subjectFollows && { subject: fields.title }), intro, introText },
        ctx.now(),
      );
      return changed(ctx, digestId);
    },
  },

  'digests.window': {
    schema: z.object({
      id,
      search: z.string().max(500).optional(),
      source: z.string().max(300).optional(),
      language: z.string().max(10).optional(),
      section: z.string().max(WIRE_SECTION_MAX).optional(),
      status: z.enum(['usable', 'withheld', 'canceled']).optional(),
      embargoed: z.boolean().optional(),
      used: z.boolean().optional(),
      limit: z.number().int().min(1).max(3000).optional(),
    }),
    handle: ({ id, limit, search, ...filters }, ctx) => {
      const digest = loadDigest(ctx, id);
      const stories = ctx.stories.inWindow({
        ...filters,
        ...editionWindow(digest.date, digest.closeTime, digest.timezone),
        digestId: digest.id,
        now: ctx.now(),
        limit: limit ?? 300,
        search: search?.trim() || undefined,
      });
      return stories.map((story) => ({ ...story, used: story.used === 1 }));
    },
  },

  'digests.windowFacets': {
    schema: z.object({ id }),
    handle: ({ id }, ctx) => {
      const digest = loadDigest(ctx, id);
      return ctx.stories.windowFacets(
        editionWindow(digest.date, digest.closeTime, digest.timezone),
      );
    },
  },
};
