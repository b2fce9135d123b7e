import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Digest, ImportReport } from '../../shared/model';
import { AppError } from '../../shared/errors';
import type { HandlerContext } from '../handlers/context';
import { SAMPLE_EDITION_SETTING } from '../handlers/settings-defaults';
import { callHandler as call } from '../handlers/dispatch';
import { ingestFiles } from '../ingest/ingest-file';
import { bodyFromBlocks } from '../lexical/body';
import { plainInlines } from '../wire/blocks';

const MANIFEST = 'edition.json';

const manifestSchema = z.object({
  date: z.string(),
  closeTime: z.string(),
  timezone: z.string(),
  title: z.string(),
  subject: z.string(),
  preheader: z.string(),
  intro: z.array(z.string()),
  signoff: z.string(),
  lead: z.array(z.string()),
  sections: z.array(z.object({ name: z.string(), stories: z.array(z.string()) })),
});
type Manifest = z.infer<typeof manifestSchema>;

/**
 * The sample edition's folder: beside the built app (resources/ in a checkout, or the packaged
 * app's resources folder), or where EDITION_SAMPLES points.
 */
export function sampleEditionFolder(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.EDITION_SAMPLES,
    packaged && join(packaged, 'sample-edition'),
    resolve(__dirname, '../../resources/sample-edition'),
    resolve(__dirname, '../../../resources/sample-edition'),
    resolve(process.cwd(), 'resources/sample-edition'),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => existsSync(join(candidate, MANIFEST)));
  if (!found)
    throw new AppError(
      'not_found',
      'The sample edition is not installed with this copy of Edition.',
    );
  return found;
}

/**
 * First run: imports the project's own sample stories (each format Edition reads) and arranges
 * them into a complete edition, so that a new user sees a full digest in one click. Loading it
 * again reuses the stories (reported as duplicates) and the edition already made.
 */
export async function loadSampleEdition(
  ctx: HandlerContext,
  folder = sampleEditionFolder(),
): Promise<{ digest: Digest; report: ImportReport }> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')));
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  const files = readdirSync(folder)
    .filter((name) => name !== MANIFEST && !name.startsWith('.'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  await ingestFiles(ctx, files, report);
  if (report.failed.length > 0) {
    const detail = report.failed.map((entry) => `${entry.file}: ${entry.error}`).join('; ');
    throw new AppError('import_failed', `The sample edition could not be imported: ${detail}`);
  }
  const existing = ctx.digests
    .list()
    .find((digest) => digest.date === manifest.date && digest.title === manifest.title);
  const digest = existing
    ? await call(ctx, 'digests.get', { id: existing.id })
    : await arrange(ctx, manifest);
  // A demonstration, not the newsroom's own: no new edition starts from its sign-off or title.
  ctx.settings.write(SAMPLE_EDITION_SETTING, digest.id);
  ctx.emit('stories.changed', {
    reason: 'sample',
    imported: report.imported.length,
    updated: report.updated.length,
    failed: 0,
  });
  return { digest, report };
}

async function arrange(ctx: HandlerContext, manifest: Manifest): Promise<Digest> {
  const created = await call(ctx, 'digests.create', {
    date: manifest.date,
    title: manifest.title,
    timezone: manifest.timezone,
    closeTime: manifest.closeTime,
    fromPrevious: false,
  });
  const id = created.id;
  await call(ctx, 'digests.update', {
    id,
    subject: manifest.subject,
    preheader: manifest.preheader,
    signoff: manifest.signoff,
    intro: bodyFromBlocks(
      manifest.intro.map((text) => ({ kind: 'paragraph' as const, inlines: plainInlines(text) })),
    ).body,
  });
  await call(ctx, 'digests.addStory', { digestId: id, storyIds: storyIds(ctx, manifest.lead) });
  let digest = created;
  for (const section of manifest.sections) {
    digest = await call(ctx, 'digests.addSection', { digestId: id, name: section.name });
    const sectionId = digest.sections.find((candidate) => candidate.name === section.name)!.id;
    digest = await call(ctx, 'digests.addStory', {
      digestId: id,
      storyIds: storyIds(ctx, section.stories),
      sectionId,
    });
  }
  return digest;
}

function storyIds(ctx: HandlerContext, headlines: string[]): number[] {
  const find = ctx.db.prepare('SELECT id FROM stories WHERE headline = ? ORDER BY id DESC LIMIT 1');
  return headlines.map((headline) => {
    const row = find.get(headline) as { id: number } | undefined;
    if (!row) throw new AppError('not_found', `The sample story "${headline}" was not imported.`);
    return row.id;
  });
}
