import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { BATCH_FILES } from '../cli/commands/import';
import { crashRuns, crashSeed } from './crash-harness';
import { runEditCrashes, type EditCrashFigures } from './crash-edit';
import { runImportCrashes, type ImportCrashFigures } from './crash-import';
import { halfImportedFiles, isHealthy, storeHealth, storiesPerFile } from './store-checks';
import { crashWireFiles } from './wire-set';

/**
 * Issue 6: SIGKILL an import and an editing session at random moments, then reopen the store.
 * Briefly in `npm test` (3 runs each, 1.2 batches of the command's files); `npm run stress` sets CRASH_RUNS=50 and
 * imports 1,000 files (CRASH_FILES overrides; CRASH_SEED repeats a run).
 */
const RUNS = crashRuns(3);
const FULL = process.env.CRASH_RUNS !== undefined;
// A batch of the command and a part of the next (300 files), so that a kill can land between
// commits.
const FILES = Number(process.env.CRASH_FILES) || (FULL ? 1000 : Math.round(BATCH_FILES * 1.2));
const SEED = crashSeed();
/** Per test, generous: children share two cores with everything else on the machine. */
const TIMEOUT_MS = 60_000 + RUNS * 60_000;

describe('the store checks themselves', () => {
  it('notice a half-imported file and an incomplete revision history', async () => {
    const ctx = memoryContext();
    const files = crashWireFiles(12).filter((file) => /\.(rss|newsml\.xml)$/.test(file.name));
    await call(ctx, 'stories.import', { files: files.map((f) => upload(f.name, f.content)) });
    const expected = storiesPerFile(ctx.db);
    expect([...expected.values()].every((n) => n === 3)).toBe(true);
    expect(halfImportedFiles(storiesPerFile(ctx.db), expected)).toEqual([]);
    expect(isHealthy(storeHealth(ctx.db))).toBe(true);

    const victim = ctx.db.prepare('SELECT id, file_name FROM stories LIMIT 1').get() as {
      id: number;
      file_name: string;
    };
    ctx.db.prepare('DELETE FROM stories WHERE id = ?').run(victim.id);
    expect(halfImportedFiles(storiesPerFile(ctx.db), expected)).toEqual([victim.file_name]);
    ctx.db
      .prepare('UPDATE stories SET revision = 2 WHERE id = (SELECT max(id) FROM stories)')
      .run();
    expect(storeHealth(ctx.db).storiesWithIncompleteRevisions).toBe(1);
  });
});

describe('crash safety (SIGKILL, then reopen)', () => {
  let workDir = '';
  const figures: { seed: number; import?: ImportCrashFigures; edit?: EditCrashFigures } = {
    seed: SEED,
  };
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'edition-crash-'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    console.log(JSON.stringify({ crash: figures }));
  });

  it(
    `a killed ${FILES}-file import leaves whole files and a sound store, and resumes exactly`,
    async () => {
      const result = await runImportCrashes({ files: FILES, runs: RUNS, seed: SEED, workDir });
      figures.import = result;
      expect(result.problems).toEqual([]);
      expect(result.halfImportedFiles).toBe(0);
      expect(result.unhealthyStores).toBe(0);
      expect(result.filesWrongAfterResume).toBe(0);
      // The folder really holds multi-story files, and the clean import really stored them.
      expect(result.storiesInCleanImport).toBeGreaterThan(FILES);
    },
    TIMEOUT_MS,
  );

  it(
    'a killed editor loses at most the last 2 s of typing',
    async () => {
      const result = await runEditCrashes({
        runs: RUNS,
        seed: SEED,
        workDir,
        // Past the 2 s maximum wait in every run: plain debouncing would lose everything typed.
        killWindowMs: FULL ? [2500, 8000] : [2500, 5000],
      });
      figures.edit = result;
      expect(result.problems).toEqual([]);
      expect(result.autosaveMaxWaitMs).toBeLessThanOrEqual(2000);
      expect(result.lostMs.max).toBeLessThanOrEqual(result.lostBoundMs);
      expect(result.saves).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
