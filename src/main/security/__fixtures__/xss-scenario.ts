import type { ImportReport } from '../../../shared/model';
import type { HandlerContext } from '../../handlers/context';
import { ingestFiles } from '../../ingest/ingest-file';
import { call, memoryContext } from '../../test/helpers';
import { hostileIntro, withMarkedQuote } from './xss-bodies';
import type { XssPayload } from './xss-corpus';
import { wireFile, type WireFile, type WireFormat } from './xss-files';

export interface CorpusStory {
  id: number;
  format: WireFormat;
  payload: XssPayload;
}

export interface XssScenario {
  ctx: HandlerContext;
  files: number;
  report: ImportReport;
  stories: CorpusStory[];
  /** One edition per payload, holding that payload's story from every format. */
  digests: { id: number; payload: XssPayload }[];
}

/** Files per ingest call: one transaction each, as the CLI and the import dialog batch them. */
const BATCH = 400;

/** Zod trims these fields and caps their length; the payload must still fit. */
const fit = (text: string, max: number) => text.slice(0, max);

/**
 * Every payload in every format through the real ingest into an in-memory store, then into the
 * places an editor can type: an annotation (speaker, source, note), a marked quote, and an
 * edition (title, subject, preheader, intro, sign-off, section name, headline/summary overrides).
 */
export async function buildXssScenario(
  corpus: readonly XssPayload[],
  formats: readonly WireFormat[],
): Promise<XssScenario> {
  const ctx = memoryContext();
  const origin = new Map<string, { format: WireFormat; payload: XssPayload }>();
  const files: WireFile[] = [];
  corpus.forEach((payload, index) => {
    for (const format of formats) {
      const file = wireFile(format, payload, index);
      origin.set(file.name, { format, payload });
      files.push(file);
    }
  });

  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  for (let start = 0; start < files.length; start += BATCH)
    await ingestFiles(ctx, files.slice(start, start + BATCH), report);

  const stories = [...report.imported, ...report.updated].map((entry) => ({
    id: entry.id,
    ...origin.get(entry.file)!,
  }));
  for (const [index, story] of stories.entries()) await annotate(ctx, story, index);

  const digests: XssScenario['digests'] = [];
  for (const payload of corpus) {
    const ids = stories.filter((story) => story.payload === payload).map((story) => story.id);
    if (ids.length > 0) digests.push({ id: await edition(ctx, payload, ids), payload });
  }
  return { ctx, files: files.length, report, stories, digests };
}

async function annotate(ctx: HandlerContext, story: CorpusStory, index: number): Promise<void> {
  const { payload } = story.payload;
  const claim = `claim-${story.id}`;
  await call(ctx, 'annotations.create', {
    id: claim,
    storyId: story.id,
    type: 'claim',
    status: 'false',
    speaker: fit(payload, 300),
    sourceName: fit(payload, 300),
    sourceUrl: fit(`https://source.example/${payload}`, 2000),
    quote: payload,
  });
  await call(ctx, 'annotations.addNote', { id: claim, text: payload });
  // A marked quote on one format per payload, turning through the formats: the save goes
  // through a headless editor, so every story would cost more than the rest of the run.
  if (index % 7 !== 0) return;
  const quote = `quote-${story.id}`;
  await call(ctx, 'annotations.create', {
    id: quote,
    storyId: story.id,
    type: 'quote',
    status: 'verified',
    speaker: fit(payload, 300),
    quote: payload,
  });
  const current = await call(ctx, 'stories.get', { id: story.id });
  await call(ctx, 'stories.save', {
    id: story.id,
    body: withMarkedQuote(current.body, quote, payload),
    baseRevision: current.revision,
  });
}

async function edition(ctx: HandlerContext, payload: XssPayload, storyIds: number[]) {
  const text = payload.payload;
  const digest = await call(ctx, 'digests.create', {
    date: '2026-03-14',
    title: fit(`${payload.id} ${text}`, 300),
    closeTime: '09:00',
    fromPrevious: false,
  });
  await call(ctx, 'digests.update', {
    id: digest.id,
    subject: fit(text, 300),
    preheader: fit(text, 500),
    intro: hostileIntro(text),
    signoff: text,
  });
  const withSection = await call(ctx, 'digests.addSection', {
    digestId: digest.id,
    name: fit(`${payload.id} ${text}`, 120),
  });
  const section = withSection.sections[0]!.id;
  const half = Math.ceil(storyIds.length / 2);
  await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: storyIds.slice(0, half) });
  const filled = await call(ctx, 'digests.addStory', {
    digestId: digest.id,
    storyIds: storyIds.slice(half),
    sectionId: section,
  });
  for (const [index, item] of filled.items.entries()) {
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId: item.id,
      ...(index % 2 === 0 ? { headlineOverride: text } : { summaryOverride: text }),
      showByline: true,
      showSource: true,
      showImage: true,
    });
  }
  return digest.id;
}
