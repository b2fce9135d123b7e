import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { ftsQuery } from './story-listings';

describe('story search', () => {
  it('finds Cyrillic words case-insensitively and by prefix', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', {
      files: [
        upload('a.txt', 'Путин пристигна в Бишкек.\n\nСрещата продължи два часа.'),
        upload('b.txt', 'Парламентът прие бюджета.\n\nГласуването беше късно вечерта.'),
      ],
    });
    const hits = await call(ctx, 'stories.list', { search: 'ПУТИН' });
    expect(hits.map((story) => story.headline)).toEqual(['Путин пристигна в Бишкек.']);
    expect(await call(ctx, 'stories.list', { search: 'бюдж' })).toHaveLength(1);
  });

  it('never lets FTS operators or punctuation break a query', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', 'Sofia news today.\n\nMore.')] });
    for (const input of ['"', 'AND OR NOT', 'sofia*)', '(', 'NEAR(a b)', '-', '***']) {
      await expect(call(ctx, 'stories.list', { search: input })).resolves.toBeInstanceOf(Array);
    }
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('каза, Путин!')).toBe('"каза"* "Путин"*');
  });

  it('finds nothing for a search of punctuation alone, rather than every story', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('a.txt', 'Sofia news today.\n\nMore.')] });
    expect(await call(ctx, 'stories.list', { search: '!!!' })).toEqual([]);
    expect(await call(ctx, 'stories.list', { search: '„“ — …' })).toEqual([]);
    expect(await call(ctx, 'stories.list', { search: '   ' })).toHaveLength(1);
  });

  it('keeps the index in step with edits', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [upload('a.txt', 'Old words here.\n\nSecond.')],
    });
    const id = report.imported[0]!.id;
    await call(ctx, 'stories.save', { id, headline: 'Fresh headline' });
    expect(await call(ctx, 'stories.list', { search: 'fresh' })).toHaveLength(1);
    expect(await call(ctx, 'stories.list', { search: 'Old' })).toHaveLength(1);
  });
});
