import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PubStatus, StoryFormat } from '../src/shared/model';
import { createContext, type HandlerContext } from '../src/main/handlers/context';
import { dispatch } from '../src/main/handlers/dispatch';
import { minhashSignature, signatureToBlob } from '../src/main/ingest/minhash';
import { serializedBodyFromBlocks } from '../src/main/lexical/serialized-body';
import { openStore } from '../src/main/store/db';
import type { WireFields } from '../src/main/store/stories-repo';
import { random, textSource, type Language, type StoryText } from './archive-text';

/**
 * A generated archive: `count` wire stories over the year before ARCHIVE_END, written through
 * the store's own repositories (the insert an import does, its FTS triggers and indexes, the
 * near-duplicate grouping) — without parsing files, which would take an hour for 100,000.
 * Built once per size and generator version, then reused from the cache; a cached archive from
 * an older schema is migrated when opened, as a user's database is on upgrade.
 */
const GENERATOR_VERSION = 2;
export const ARCHIVE_END = '2026-03-14T06:00:00.000Z';
/** The edition every archive holds: its window is the last day of the archive. */
const ARCHIVE_EDITION_DATE = '2026-03-14';
const YEAR_MS = 365 * 24 * 3600 * 1000;
const BATCH = 2000;
/** One in ten stories is another agency's take on a story of the last hour or so. */
const NEAR_DUPLICATE_EVERY = 10;

interface Agency {
  name: string;
  language: Language;
  format: StoryFormat;
  share: number;
}

const AGENCIES: Agency[] = [
  { name: 'БТА', language: 'bg', format: 'nitf', share: 30 },
  { name: 'Фокус', language: 'bg', format: 'rss', share: 20 },
  { name: 'БГНЕС', language: 'bg', format: 'newsml-g2', share: 15 },
  { name: 'ТАСС', language: 'ru', format: 'ninjs', share: 8 },
  { name: 'РИА Новости', language: 'ru', format: 'rss', share: 5 },
  { name: 'Интерфакс', language: 'ru', format: 'text', share: 4 },
  { name: 'Reuters', language: 'en', format: 'newsml-g2', share: 8 },
  { name: 'AP', language: 'en', format: 'ninjs', share: 5 },
  { name: 'AFP', language: 'en', format: 'newsml-1', share: 5 },
];

function archiveCacheFolder(): string {
  return process.env.EDITION_BENCH_CACHE ?? join(tmpdir(), 'edition-bench-cache');
}

/** The path of the archive of `count` stories, generated first if the cache does not hold it. */
export async function archiveDb(
  count: number,
): Promise<{ path: string; generatedMs: number | null }> {
  const folder = archiveCacheFolder();
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `archive-${count}-g${GENERATOR_VERSION}.db`);
  if (existsSync(path)) return { path, generatedMs: null };
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();
  const db = openStore(partial);
  try {
    const ctx = createContext(db, () => ARCHIVE_END);
    writeStories(ctx, count);
    await dispatch(ctx, 'digests.create', {
      date: ARCHIVE_EDITION_DATE,
      title: 'Сутрешен бюлетин',
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  renameSync(partial, path);
  return { path, generatedMs: Math.round(performance.now() - started) };
}

function writeStories(ctx: HandlerContext, count: number): void {
  const next = random(count * 7919);
  const text = textSource(count);
  const totalShare = AGENCIES.reduce((sum, agency) => sum + agency.share, 0);
  const agency = (language?: Language): Agency => {
    for (;;) {
      let pick = next() * totalShare;
      const chosen = AGENCIES.find((candidate) => (pick -= candidate.share) < 0) ?? AGENCIES[0]!;
      if (!language || chosen.language === language) return chosen;
    }
  };
  const recent: { text: StoryText; language: Language }[] = [];
  const start = Date.parse(ARCHIVE_END) - YEAR_MS;
  const write = ctx.db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      let wire = agency();
      let story: StoryText;
      const original = recent[Math.floor(next() * recent.length)];
      if (index % NEAR_DUPLICATE_EVERY === NEAR_DUPLICATE_EVERY - 1 && original) {
        // Same event, same language, another agency's words around the same facts.
        wire = agency(original.language);
        story = {
          headline: original.text.headline,
          paragraphs: [
            ...original.text.paragraphs.slice(0, 3),
            text.story(wire.language).paragraphs[0]!,
          ],
        };
      } else {
        story = text.story(wire.language);
      }
      recent.push({ text: story, language: wire.language });
      if (recent.length > 40) recent.shift();
      const at = start + ((index + next()) / count) * YEAR_MS;
      const fields = storyFields(index, wire, story, at, next);
      const now = new Date(at + 1000 + next() * 120_000).toISOString();
      const signature = minhashSignature(`${fields.headline}\n${fields.bodyText}`);
      const id = ctx.stories.insert(fields, now, signature ? signatureToBlob(signature) : null);
      if (signature) ctx.similarity.assign(id, signature);
    }
  });
  for (let from = 0; from < count; from += BATCH) write(from, Math.min(count, from + BATCH));
}

function storyFields(
  index: number,
  wire: Agency,
  story: StoryText,
  at: number,
  next: () => number,
): WireFields {
  // What an import writes for paragraphs (serialized-body.test.ts holds it to Lexical's own).
  const { json: bodyJson, text } = serializedBodyFromBlocks(
    story.paragraphs.map((paragraph) => ({ kind: 'paragraph', inlines: [{ text: paragraph }] })),
  );
  const wireTime = new Date(at).toISOString();
  // A few wires send no time of their own: the inbox then orders them by arrival.
  const timed = next() > 0.03;
  const roll = next();
  const pubStatus: PubStatus = roll < 0.01 ? 'canceled' : roll < 0.03 ? 'withheld' : 'usable';
  return {
    source: wire.name,
    format: wire.format,
    fileName: `${wire.format}-${index}.xml`,
    contentHash: createHash('sha256').update(`${story.headline}\n${text}`).digest('hex'),
    headline: story.headline,
    kicker: null,
    byline: next() < 0.3 ? `${wire.name} correspondent` : null,
    dateline: next() < 0.5 ? 'София' : null,
    language: wire.language,
    storyDate: wireTime.slice(0, 10),
    wireTime: timed ? wireTime : null,
    bodyJson,
    bodyText: text,
    wireId: `urn:bench:${wire.format}:${index}`,
    wireVersion: 1,
    pubStatus,
    embargoUntil: next() < 0.01 ? new Date(at + 6 * 3600_000).toISOString() : null,
    expiresAt: null,
    urgency: urgency(next()),
    slugline: null,
    summary: null,
    link: null,
    subjects: [],
    edNote: null,
    media: [],
    quotes: [],
    packageRef: null,
    charset: 'utf-8',
  };
}

/** IPTC urgency as agencies send it: mostly routine (4–6), a few urgent, flashes rare. */
function urgency(roll: number): number {
  if (roll < 0.005) return 1;
  if (roll < 0.03) return 2;
  if (roll < 0.12) return 3;
  return 4 + Math.floor(((roll - 0.12) / 0.88) * 3);
}

if (require.main === module) void main();

async function main(): Promise<void> {
  for (const count of process.argv.slice(2).map(Number)) {
    const { path, generatedMs } = await archiveDb(count);
    process.stdout.write(`${JSON.stringify({ count, path, generatedMs })}\n`);
  }
}
