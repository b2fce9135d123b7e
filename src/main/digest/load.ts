import { AppError } from '../../shared/errors';
import type { Digest } from '../../shared/model';
import type { HandlerContext } from '../handlers/context';
import { introOf } from '../store/digests-repo';
import { editionWindow } from './window';

/** The digest as the window shows it: fields, sections, items in order, and its time window. */
export function loadDigest(ctx: HandlerContext, digestId: number): Digest {
  const row = ctx.digests.row(digestId);
  if (!row) throw new AppError('not_found', `There is no digest ${digestId}.`);
  const window = editionWindow(row.date, row.close_time, row.timezone);
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    subject: row.subject,
    preheader: row.preheader,
    intro: introOf(row),
    introText: row.intro_text,
    signoff: row.signoff,
    timezone: row.timezone,
    closeTime: row.close_time,
    language: row.language,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sections: ctx.digestItems.sections(digestId),
    items: ctx.digestItems.items(digestId),
    windowStart: window.start,
    windowEnd: window.end,
  };
}
