import { z } from 'zod';

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
