import { describe, expect, it } from 'vitest';
import { ninjs } from '../test/wire-files';
import { call, memoryContext, upload } from '../test/helpers';

/** The story's revisions as "number reason" with a star on the one said to be current. */
async function listed(ctx: ReturnType<typeof memoryContext>): Promise<string[]> {
  const revisions = await call(ctx, 'stories.revisions', { id: 1 });
  return revisions.map(
    (revision) => `${revision.number} ${revision.reason}${revision.current ? ' *' : ''}`,
  );
}

describe('the current revision', () => {
  it('is the editor’s text, not a wire update kept beside it, which can then be restored', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('v1.json', ninjs(1, 'Ръстът е 3,1%.'))] });
    await call(ctx, 'stories.save', { id: 1, headline: 'Ръстът на икономиката', baseRevision: 1 });
    await call(ctx, 'stories.import', { files: [upload('v2.json', ninjs(2, 'Ръстът е 3,7%.'))] });
    expect((await call(ctx, 'stories.get', { id: 1 })).wireConflict).toBe(true);
    expect(await listed(ctx)).toEqual(['3 wire-update', '2 edit *', '1 import']);

    // The wire's text taken back: it is current, and the conflict is settled.
    const story = await call(ctx, 'stories.get', { id: 1 });
    await call(ctx, 'stories.restoreRevision', { id: 1, number: 3, baseRevision: story.revision });
    expect(await call(ctx, 'stories.get', { id: 1 })).toMatchObject({
      headline: 'Версия 2',
      wireConflict: false,
    });
    expect(await listed(ctx)).toEqual(['4 restore *', '3 wire-update', '2 edit', '1 import']);
  });

  it('is the newest revision otherwise, the import included before any change', async () => {
    const ctx = memoryContext();
    await call(ctx, 'stories.import', { files: [upload('v1.json', ninjs(1, 'Ръстът е 3,1%.'))] });
    expect(await listed(ctx)).toEqual(['1 import *']);
    await call(ctx, 'stories.import', { files: [upload('v2.json', ninjs(2, 'Ръстът е 3,7%.'))] });
    expect(await listed(ctx)).toEqual(['2 wire-update *', '1 import']);
  });
});
