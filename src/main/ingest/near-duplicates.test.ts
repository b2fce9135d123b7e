import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { LONG, ninjs } from '../test/wire-files';

describe('near duplicates', () => {
  it('groups the same event rewritten by another agency, and keeps unrelated stories apart', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('tass.txt', `Бюджет 2027\n\n${LONG('Според ТАСС')}`),
        upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`),
        upload(
          'other.txt',
          'Футбол\n\nЛевски победи Славия с два на нула в дербито на столицата снощи пред пълен стадион и много зрители.',
        ),
      ],
    });
    expect(report.imported).toHaveLength(3);
    const inbox = await call(ctx, 'stories.list', {});
    expect(inbox).toHaveLength(2); // the rewrite is folded into its group
    const group = inbox.find((story) => story.similarCount > 0)!;
    expect(group).toMatchObject({ similarCount: 1 });
    const members = await call(ctx, 'stories.list', { similarGroup: group.similarGroup! });
    expect(members.map((story) => story.headline).sort()).toEqual([
      'Бюджет 2027',
      'Бюджетът за 2027 г.',
    ]);
  });

  it('groups two agencies’ short flashes of the same words, and keeps different ones apart', async () => {
    const ctx = memoryContext();
    const flash = (name: string, text: string) => upload(name, text);
    const report = await call(ctx, 'stories.import', {
      files: [
        flash('a.txt', 'Снеговалеж блокира прохода Шипка\n\nПътят през Шипка е затворен.\n'),
        flash('b.txt', 'Снеговалеж блокира прохода Шипка\n\nПътят през Шипка е затворен!\n'),
        flash('c.txt', 'Снеговалеж блокира прохода Шипка\n\nПътят през Шипка е отворен.\n'),
        // A word or two is no event to group by ("Снимка" under every picture).
        flash('d.txt', 'Снимка\n\nБТА.\n'),
        flash('e.txt', 'Снимка\n\nБТА!\n'),
      ],
    });
    expect(report.imported).toHaveLength(5);
    const [a, b, c, d, e] = await Promise.all(
      report.imported.map((entry) => call(ctx, 'stories.get', { id: entry.id })),
    );
    expect(a!.similarGroup).not.toBeNull();
    expect(b!.similarGroup).toBe(a!.similarGroup);
    expect(c!.similarGroup).toBeNull();
    expect([d!.similarGroup, e!.similarGroup]).toEqual([null, null]);
  });

  it('keeps one agency’s flashes of different events apart, though their datelines match', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload('kyoto.txt', 'Quake hits Kyoto\n\nKYOTO, Nov 28 (AP) -- A quake hit Kyoto.\n'),
        upload('osaka.txt', 'Quake hits Osaka\n\nOSAKA, Nov 28 (AP) -- A quake hit Osaka.\n'),
        upload('sendai.txt', 'Quake hits Sendai\n\nSENDAI, Nov 28 (AP) -- A quake hit Sendai.\n'),
      ],
    });
    const stories = await Promise.all(
      report.imported.map((entry) => call(ctx, 'stories.get', { id: entry.id })),
    );
    expect(stories.map((story) => story.similarGroup)).toEqual([null, null, null]);
  });

  it("shows on the group's lead that a hidden member was canceled or is under embargo", async () => {
    const ctx = memoryContext();
    // The first story of a group leads it in the inbox; the others are folded under it.
    await call(ctx, 'stories.import', {
      files: [upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`)],
    });
    await call(ctx, 'stories.import', {
      files: [upload('tass.json', ninjs(1, LONG('Според ТАСС')))],
    });
    const quiet = (await call(ctx, 'stories.list', {})).find((story) => story.similarCount > 0)!;
    expect(quiet).toMatchObject({ similarCanceled: 0, similarEmbargoUntil: null });
    // The agency withdraws its story, and embargoes it to the evening.
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'kill.json',
          ninjs(2, LONG('Според ТАСС'), {
            pubstatus: 'canceled',
            embargoed: '2026-03-14T18:00:00Z',
          }),
        ),
      ],
    });
    const inbox = await call(ctx, 'stories.list', {});
    const lead = inbox.find((story) => story.similarCount > 0)!;
    expect(lead.headline).toBe('Бюджетът за 2027 г.');
    expect(lead).toMatchObject({
      similarCanceled: 1,
      similarEmbargoUntil: '2026-03-14T18:00:00.000Z',
    });
  });

  it('groups a flash with the rewrites of its full story once the update brings the text', async () => {
    const ctx = memoryContext();
    // A flash is too short to compare; the agency's next version of it is the whole story.
    const flash = await call(ctx, 'stories.import', {
      files: [upload('flash.json', ninjs(1, 'Бюджетът е приет.'))],
    });
    const id = flash.imported[0]!.id;
    await call(ctx, 'stories.import', {
      files: [upload('full.json', ninjs(2, LONG('Според ТАСС')))],
    });
    const rewrite = await call(ctx, 'stories.import', {
      files: [upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`)],
    });
    const group = (await call(ctx, 'stories.get', { id })).similarGroup;
    expect(group).not.toBeNull();
    const members = await call(ctx, 'stories.list', { similarGroup: group! });
    expect(members.map((story) => story.id).sort()).toEqual([id, rewrite.imported[0]!.id]);
  });

  it('leaves the group of a story whose update rewrote it into another event', async () => {
    const ctx = memoryContext();
    const tass = await call(ctx, 'stories.import', {
      files: [upload('v1.json', ninjs(1, LONG('Според ТАСС')))],
    });
    const bta = await call(ctx, 'stories.import', {
      files: [upload('bta.txt', `Бюджетът за 2027 г.\n\n${LONG('Както съобщи БТА')}`)],
    });
    const id = tass.imported[0]!.id;
    expect((await call(ctx, 'stories.get', { id })).similarGroup).not.toBeNull();
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v2.json',
          ninjs(
            2,
            'Левски победи Славия с два на нула в дербито на столицата снощи пред пълен стадион, а треньорът похвали защитата и вратаря след мача.',
          ),
        ),
      ],
    });
    // Neither is "3 similar" with a story that no longer tells the same event.
    expect((await call(ctx, 'stories.get', { id })).similarGroup).toBeNull();
    const inbox = await call(ctx, 'stories.list', {});
    expect(inbox.map((story) => story.similarCount)).toEqual([0, 0]);
    expect(inbox.map((story) => story.id).sort()).toEqual([id, bta.imported[0]!.id].sort());
  });
});
