import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../shared/events';
import { createContext, type HandlerContext } from '../handlers/context';
import { followChangesElsewhere } from '../ingest/services';
import { call, tempFolders, upload } from '../test/helpers';
import { ChangesElsewhere } from './changes-elsewhere';
import { openStore } from './db';

const folder = tempFolders();

/** The serving process's connection and a second one: the command line, on the same file. */
function twoProcesses(): { serving: HandlerContext; cli: HandlerContext } {
  const file = join(folder(), 'edition.db');
  const serving = createContext(openStore(file));
  const cli = createContext(openStore(file));
  return { serving, cli };
}

const ninjs = (version: number, body: string) =>
  upload(
    `quake-${version}.json`,
    JSON.stringify({
      uri: 'urn:t:quake',
      version: String(version),
      type: 'text',
      headline: 'Земетресение в София',
      body_text: body,
    }),
  );

describe('changes made by another process', () => {
  it('says what another connection committed: new stories, wire updates, saves, editions', async () => {
    const { serving, cli } = twoProcesses();
    const changes = new ChangesElsewhere(serving.db);
    expect(changes.look()).toBeNull();

    await call(cli, 'stories.import', { files: [ninjs(1, 'Магнитуд 4,1.')] });
    expect(changes.look()).toMatchObject({ newStories: 1, wireUpdated: [], saved: [] });
    expect(changes.look()).toBeNull();

    await call(cli, 'stories.import', { files: [ninjs(2, 'Магнитуд 4,5. Има щети.')] });
    expect(changes.look()).toMatchObject({ newStories: 0, wireUpdated: [1] });

    // An editor at work in the other process, one editing session.
    const save = (headline: string, baseRevision: number) =>
      call(cli, 'stories.save', { id: 1, headline, baseRevision, session: 'cli-editor' });
    const story = await call(cli, 'stories.get', { id: 1 });
    const saved = await save('Земетресение с магнитуд 4,5', story.revision);
    expect(changes.look()).toMatchObject({
      saved: [{ id: 1, revision: saved.revision, session: 'cli-editor' }],
    });

    // A second save of the same editing session folds into its revision (the row is written
    // again, and may take the same id): still a save to tell of.
    const again = await save('Земетресение с магнитуд 4,5 в София', saved.revision);
    expect(changes.look()).toMatchObject({
      saved: [{ id: 1, revision: again.revision, session: 'cli-editor' }],
    });

    const digest = await call(cli, 'digests.create', { date: '2026-03-14' });
    expect(changes.look()?.digests).toEqual([{ id: digest.id, revision: digest.revision }]);
    const added = await call(cli, 'digests.addStory', { digestId: digest.id, storyIds: [1] });
    expect(changes.look()?.digests).toEqual([{ id: digest.id, revision: added.revision }]);

    // The serving process's own commits are not another's.
    await call(serving, 'stories.import', { files: [upload('own.txt', 'Своя\n\nТекст.')] });
    expect(changes.look()).toBeNull();
  });

  it('pushes them as the events this process gives for its own changes', async () => {
    const { serving, cli } = twoProcesses();
    const pushed: EventMessage[] = [];
    serving.emit = (name, payload) => pushed.push({ name, payload } as EventMessage);
    const follow = followChangesElsewhere(serving, 10);
    try {
      await call(cli, 'stories.import', { files: [ninjs(1, 'Магнитуд 4,1.')] });
      await expect.poll(() => pushed.map((event) => event.name)).toEqual(['stories.changed']);
      expect(pushed[0]!.payload).toEqual({
        reason: 'elsewhere',
        imported: 1,
        updated: 0,
        failed: 0,
        updatedIds: [],
      });
      pushed.length = 0;
      await call(cli, 'stories.import', { files: [ninjs(2, 'Магнитуд 4,5. Има щети.')] });
      const digest = await call(cli, 'digests.create', { date: '2026-03-14' });
      await expect
        .poll(() => pushed.map((event) => event.name).sort())
        .toEqual(['digests.changed', 'stories.changed']);
      expect(pushed.find((event) => event.name === 'stories.changed')!.payload).toMatchObject({
        updatedIds: [1],
      });
      expect(pushed.find((event) => event.name === 'digests.changed')!.payload).toEqual({
        id: digest.id,
        revision: digest.revision,
      });
    } finally {
      follow.stop();
    }
  });
});
