import { z } from 'zod';
import type { Settings } from '../../shared/model';
import type { HandlerContext } from './context';
import { closeTime, editionLanguage, empty, timezone } from './schemas';
import { readBackupKeep, readBranding, readEditionDefaults } from './settings-defaults';
import type { Routes } from './types';
import { imageUrl, webUrl } from '../export/links';
import { isMailbox, UNSUBSCRIBE_MAX, unsubscribeLink } from '../export/unsubscribe';

const language = z.enum(['bg', 'en']).nullable();
// The exporters' own rules (export/links.ts): an address accepted here is one they print.
const webAddress = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => webUrl(value) !== null, 'expected an http(s) address')
  .nullable();

const editionDefaults = z
  .object({
    timezone,
    closeTime,
    language: editionLanguage,
    sections: z.array(z.string().trim().min(1).max(120)).max(30),
  })
  .partial()
  .strict();

const branding = z
  .object({
    publication: z.string().trim().min(1, 'the publication needs a name').max(120),
    accent: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb'),
    // Exports only ever show https logos: an http one would be blocked as mixed content.
    logoUrl: webAddress.refine(
      (value) => value === null || imageUrl(value) !== null,
      'the logo must be an https address',
    ),
    siteUrl: webAddress,
    senderAddress: z
      .string()
      .trim()
      .max(254)
      .refine(isMailbox, 'expected an email address, such as newsletter@example.bg')
      .nullable(),
    unsubscribeUrl: z
      .string()
      .trim()
      .max(UNSUBSCRIBE_MAX)
      .refine(
        (value) => unsubscribeLink(value) !== null,
        'expected a web address, a mailto: address or the mail service’s merge tag',
      )
      .nullable(),
  })
  .partial()
  .strict();

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
        backupKeep: z.number().int().min(1).max(365).optional(),
        editionDefaults: editionDefaults.optional(),
        branding: branding.optional(),
      })
      .strict(),
    handle: (req, ctx) => {
      ctx.db
        .transaction(() => {
          if (req.language !== undefined) ctx.settings.write('language', req.language);
          if (req.authorName !== undefined)
            ctx.settings.write('authorName', req.authorName || null);
          if (req.backupKeep !== undefined) ctx.settings.write('backupKeep', req.backupKeep);
          // Partial updates merge into what is stored: one field changed, the others kept.
          if (req.editionDefaults)
            ctx.settings.write('editionDefaults', {
              ...readEditionDefaults(ctx),
              ...req.editionDefaults,
            });
          if (req.branding)
            ctx.settings.write('branding', { ...readBranding(ctx), ...req.branding });
        })
        .immediate();
      return readSettings(ctx);
    },
  },
};

function readSettings(ctx: HandlerContext): Settings {
  const { timezone, closeTime, language, sections } = readEditionDefaults(ctx);
  return {
    language: ctx.settings.read<Settings['language']>('language', null),
    authorName: ctx.settings.read<string | null>('authorName', null),
    backupKeep: readBackupKeep(ctx),
    editionDefaults: { timezone, closeTime, language, sections },
    branding: readBranding(ctx),
  };
}
