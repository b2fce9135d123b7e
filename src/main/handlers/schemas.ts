import { z } from 'zod';
import { isValidZone } from '../digest/window';

/** Schema pieces several domains share. */
export const id = z.number().int().positive();

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'not a real calendar date');

export const lexicalState = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }),
});

export const empty = z.object({}).strict();

/** A text field an editor may set, clear (null) or leave out (unchanged). */
export const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const timezone = z
  .string()
  .trim()
  .refine(isValidZone, 'not a time zone (use an IANA name such as Europe/Sofia)');
export const closeTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
export const editionLanguage = z.enum(['bg', 'en', 'ru']);
