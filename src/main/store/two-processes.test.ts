import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../handlers/context';
import { call, tempFolder } from '../test/helpers';
import { openStore } from './db';

const BIN = join(__dirname, '../../../bin/edition.cjs');
const FILES = 300;

/**
 * The app and a CLI import on one database at once, each in its own process, as in a newsroom
 * where a script imports the night's wire while an editor works: both finish, neither sees
 * SQLITE_BUSY, and no write of either is lost.
 */
describe('two processes on one database', () => {
  const temp = tempFolder();
  afterAll(() => temp.cleanup());

  it('imports from the CLI while the app saves and orders, without errors or lost writes', async () => {
    const dbPath = join(temp.path, 'shared.db');
    const wire = join(temp.path, 'wire');
    mkdirSync(wire);
    for (let index = 0; index < FILES; index += 1) {
      writeFileSync(
        join(wire, `story-${String(index).padStart(4, '0')}.txt`),
        `Новина номер ${index} от нощната смяна\n\nПърви абзац на новина ${index}, уникален текст ${index * 7919}.\n\nВтори абзац за ${index}.`,
      );
    }
    const ctx = createContext(openStore(dbPath));
    const [own] = (await call(ctx, 'stories.importText', { text: 'Редакторска\n\nТекст.' }))
      .imported;
    const digest = await call(ctx, 'digests.create', { date: '2026-11-26' });

    const child = spawn(process.execPath, [BIN, 'import', wire, '--db', dbPath, '--json'], {
      env: { ...process.env, EDITION_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number>((resolve) =>
      child.once('exit', (code) => resolve(code ?? -1)),
    );

    // The editor keeps working until the import is done: saves and edition changes.
    let running = true;
    void exited.then(() => (running = false));
    let revision = (await call(ctx, 'stories.get', { id: own!.id })).revision;
    let saves = 0;
    let added = 0;
    const errors: string[] = [];
    while (running) {
      try {
        const saved = await call(ctx, 'stories.save', {
          id: own!.id,
          baseRevision: revision,
          headline: `Редакторска, версия ${saves + 1}`,
        });
        revision = saved.revision;
        saves += 1;
        const latest = await call(ctx, 'stories.list', { limit: 1 });
        if (latest[0] && latest[0].id !== own!.id) {
          await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [latest[0].id] });
          added += 1;
        }
      } catch (error) {
        errors.push((error as Error).message);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    expect(await exited, stderr).toBe(0);
    const report = JSON.parse(stdout) as { imported: unknown[]; failed: unknown[] };
    expect(errors).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(FILES);
    expect(saves).toBeGreaterThan(0);
    const count = ctx.db.prepare('SELECT count(*) FROM stories').pluck().get();
    expect(count).toBe(FILES + 1);
    expect((await call(ctx, 'stories.get', { id: own!.id })).headline).toBe(
      `Редакторска, версия ${saves}`,
    );
    const items = (await call(ctx, 'digests.get', { id: digest.id })).items ?? [];
    expect(new Set(items.map((item) => item.storyId)).size).toBeLessThanOrEqual(added);
    ctx.db.close();
  }, 120_000);
});
