import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../handlers/context';
import { call, memoryContext, upload } from '../test/helpers';
import { withSearchIndexDeferred } from './search-index';

/** FTS5's own check of the index against the stories it indexes; throws when they differ. */
function expectIndexInStep(ctx: HandlerContext): void {
  ctx.db.prepare(`INSERT INTO stories_fts(stories_fts, rank) VALUES ('integrity-check', 1)`).run();
  // One entry per story, each once: a story indexed twice, or a deletion of one never indexed,
  // shows here (the check above compares terms, not how many times a row was added).
  const sizes = ctx.db.prepare('SELECT id FROM stories_fts_docsize ORDER BY id').pluck().all();
  expect(sizes).toEqual(ctx.db.prepare('SELECT id FROM stories ORDER BY id').pluck().all());
  expect(ctx.db.prepare('SELECT count(*) FROM search_index_pending').pluck().get()).toBe(0);
}

async function headlinesFound(ctx: HandlerContext, search: string): Promise<string[]> {
  return (await call(ctx, 'stories.list', { search })).map((story) => story.headline);
}

function ninjs(version: number, body: string): string {
  return JSON.stringify({
    uri: 'urn:test:index:1',
    version: String(version),
    type: 'text',
    headline: `Версия ${version}`,
    body_text: body,
  });
}

describe('the search index written a batch at a time', () => {
  it('indexes every story a batch imports', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload('a.txt', 'Бюджетът е приет\n\nДепутатите гласуваха късно.'),
        upload('b.txt', 'Стачка на летището\n\nПолетите са отложени.'),
      ],
    });
    expect(await headlinesFound(ctx, 'депутат')).toEqual(['Бюджетът е приет']);
    expect(await headlinesFound(ctx, 'полет')).toEqual(['Стачка на летището']);
    expectIndexInStep(ctx);
  });

  it('indexes the newest text of a story updated within the same batch', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload('v1.json', ninjs(1, 'Първоначален текст.')),
        upload('v2.json', ninjs(2, 'Поправен текст.')),
      ],
    });
    expect(await headlinesFound(ctx, 'поправен')).toEqual(['Версия 2']);
    expect(await headlinesFound(ctx, 'първоначален')).toEqual([]);
    expectIndexInStep(ctx);
  });

  it('reindexes a story stored before when a later batch updates it', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, 'Първоначален текст.'))],
    });
    await call(ctx, 'stories.import', {
      files: [
        upload('other.txt', 'Друга новина\n\nТекст.'),
        upload('v2.json', ninjs(2, 'Поправен текст.')),
      ],
    });
    expect(await headlinesFound(ctx, 'първоначален')).toEqual([]);
    expect(await headlinesFound(ctx, 'поправен')).toEqual(['Версия 2']);
    expectIndexInStep(ctx);
  });

  it('leaves nothing pending when the store refuses a file of the batch', async () => {
    const ctx = memoryContext();
    ctx.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON stories WHEN NEW.headline = 'Отказана'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('first.txt', 'Първа\n\nТекст на първата.'),
        upload('refused.txt', 'Отказана\n\nТекст.'),
        upload('last.txt', 'Последна\n\nТекст на последната.'),
      ],
    });
    expect(report.failed).toHaveLength(1);
    expect(await headlinesFound(ctx, 'текст')).toEqual(['Последна', 'Първа']);
    expectIndexInStep(ctx);
  });

  it('indexes a story written outside an import at once, by the trigger', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', 'Първа\n\nТекст.')] });
    const id = (await call(ctx, 'stories.list', {}))[0]!.id;
    await call(ctx, 'stories.save', { id, headline: 'Преименувана' });
    expect(await headlinesFound(ctx, 'преименувана')).toEqual(['Преименувана']);
    expectIndexInStep(ctx);
  });

  it('keeps the index in step when a caller catches a failed write and commits', async () => {
    const ctx = memoryContext();
    const insert = ctx.db.prepare(
      `INSERT INTO stories (headline, body_json, body_text, received_at, updated_at, format, content_hash)
       VALUES (?, '{}', ?, '2026-03-14T08:00Z', '2026-03-14T08:00Z', 'text', hex(randomblob(8)))`,
    );
    ctx.db.transaction(() => {
      try {
        withSearchIndexDeferred(ctx.db, () => {
          insert.run('Записана преди грешката', 'Текст.');
          throw new Error('a later write failed');
        });
      } catch {
        // the caller goes on and commits what was written
      }
    })();
    expectIndexInStep(ctx);
    expect(await headlinesFound(ctx, 'записана')).toEqual(['Записана преди грешката']);
    // Later imports are indexed as ever.
    await call(ctx, 'stories.import', { files: [upload('a.txt', 'Следваща\n\nТекст.')] });
    expect(await headlinesFound(ctx, 'следваща')).toEqual(['Следваща']);
    expectIndexInStep(ctx);
  });

  it('rolls the pending mark back with a write that fails', () => {
    const ctx = memoryContext();
    expect(() =>
      ctx.db.transaction(() =>
        withSearchIndexDeferred(ctx.db, () => {
          throw new Error('a write failed');
        }),
      )(),
    ).toThrow('a write failed');
    expectIndexInStep(ctx);
  });
});
