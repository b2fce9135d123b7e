import { describe, expect, it } from 'vitest';
import { openStore } from '../store/db';
import { call, memoryContext, upload } from '../test/helpers';
import type { Digest, DigestItem } from '../../shared/model';
import { createContext, type HandlerContext } from './context';
import { dispatch } from './dispatch';

async function edition() {
  const ctx = memoryContext(); // the clock is 2026-03-14T08:30Z
  const files = ['А', 'Б', 'В', 'Г'].map((letter, index) =>
    upload(
      `${letter}.json`,
      JSON.stringify({
        uri: `urn:t:${letter}`,
        type: 'text',
        headline: `Новина ${letter}`,
        body_text: `Текст ${letter}.`,
        versioncreated: `2026-03-14T0${index + 1}:00:00Z`,
      }),
    ),
  );
  await call(ctx, 'stories.import', { files });
  const digest = await call(ctx, 'digests.create', {
    date: '2026-03-14',
    title: 'Сутрин',
    closeTime: '09:00',
  });
  return { ctx, digest };
}

/** A removed item put back as the board's Undo does: where it was, with all it had. */
function putBack(ctx: HandlerContext, digestId: number, item: DigestItem): Promise<Digest> {
  return call(ctx, 'digests.restoreItem', {
    digestId,
    storyId: item.storyId,
    sectionId: item.sectionId,
    position: item.position,
    headlineOverride: item.headlineOverride,
    summaryOverride: item.summaryOverride,
    showByline: item.showByline,
    showSource: item.showSource,
    showImage: item.showImage,
    showBody: item.showBody,
    overridesRevision: item.overridesRevision,
  });
}

const order = (digest: {
  items: { headline: string; sectionId: number | null; position: number }[];
}) => digest.items.map((item) => `${item.sectionId ?? 'lead'}:${item.position}:${item.headline}`);

describe('arranging an edition', () => {
  it('puts a removed story back where it was, with its overrides (the board’s Undo)', async () => {
    const { ctx, digest } = await edition();
    const section = (await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'Свят' }))
      .sections[0]!;
    let current = await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [1, 2, 3],
      sectionId: section.id,
    });
    const b = current.items.find((item) => item.headline === 'Новина Б')!;
    current = await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId: b.id,
      headlineOverride: 'Свое заглавие',
      summaryOverride: 'Свое резюме',
      showImage: false,
      showBody: false,
    });
    const before = current.items.find((item) => item.storyId === b.storyId)!;
    expect(before).toMatchObject({ showImage: false, showBody: false });
    await call(ctx, 'digests.removeItem', { digestId: digest.id, itemId: b.id });

    current = await putBack(ctx, digest.id, before);
    expect(order(current)).toEqual([
      `${section.id}:0:Новина А`,
      `${section.id}:1:Свое заглавие`,
      `${section.id}:2:Новина В`,
    ]);
    const back = current.items.find((item) => item.storyId === b.storyId)!;
    expect({ ...back, id: before.id }).toEqual(before);

    // Put back again while it is there (two windows undoing): it stays where it is, once.
    const again = await call(ctx, 'digests.restoreItem', {
      digestId: digest.id,
      storyId: before.storyId,
      sectionId: null,
      position: 0,
    });
    expect(order(again)).toEqual(order(current));

    // Its section deleted meanwhile: it goes where that section's stories went, the lead.
    await call(ctx, 'digests.removeItem', { digestId: digest.id, itemId: back.id });
    await call(ctx, 'digests.deleteSection', { digestId: digest.id, sectionId: section.id });
    const orphan = await call(ctx, 'digests.restoreItem', {
      digestId: digest.id,
      storyId: before.storyId,
      sectionId: section.id,
      position: 1,
    });
    expect(order(orphan)).toEqual(['lead:0:Новина А', 'lead:1:Новина Б', 'lead:2:Новина В']);
  });

  it('groups stories in sections and moves them within and across sections', async () => {
    const { ctx, digest } = await edition();
    await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'България' });
    let current = await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'Свят' });
    const [bulgaria, world] = current.sections;
    await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [1, 2],
      sectionId: bulgaria!.id,
    });
    current = await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [3, 4],
      sectionId: world!.id,
    });
    expect(order(current)).toEqual([
      `${bulgaria!.id}:0:Новина А`,
      `${bulgaria!.id}:1:Новина Б`,
      `${world!.id}:0:Новина В`,
      `${world!.id}:1:Новина Г`,
    ]);

    const g = current.items.find((item) => item.headline === 'Новина Г')!;
    current = await call(ctx, 'digests.moveItem', {
      digestId: digest.id,
      itemId: g.id,
      sectionId: bulgaria!.id,
      position: 0,
    });
    expect(order(current)).toEqual([
      `${bulgaria!.id}:0:Новина Г`,
      `${bulgaria!.id}:1:Новина А`,
      `${bulgaria!.id}:2:Новина Б`,
      `${world!.id}:0:Новина В`,
    ]);

    current = await call(ctx, 'digests.moveSection', {
      digestId: digest.id,
      sectionId: world!.id,
      position: 0,
    });
    expect(current.sections.map((section) => section.name)).toEqual(['Свят', 'България']);
    expect(order(current)[0]).toBe(`${world!.id}:0:Новина В`);

    current = await call(ctx, 'digests.deleteSection', {
      digestId: digest.id,
      sectionId: world!.id,
    });
    expect(order(current)).toEqual([
      `lead:0:Новина В`,
      `${bulgaria!.id}:0:Новина Г`,
      `${bulgaria!.id}:1:Новина А`,
      `${bulgaria!.id}:2:Новина Б`,
    ]);
    expect(current.revision).toBeGreaterThan(digest.revision);
  });

  it('keeps positions whole under any sequence of moves (as from two windows)', async () => {
    const { ctx, digest } = await edition();
    let current = await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [1, 2, 3, 4],
    });
    const ids = current.items.map((item) => item.id);
    for (const [index, itemId] of [ids[3], ids[0], ids[3], ids[2], ids[1]].entries()) {
      current = await call(ctx, 'digests.moveItem', {
        digestId: digest.id,
        itemId: itemId!,
        sectionId: null,
        position: (index * 3) % 5,
      });
    }
    expect(current.items.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(new Set(current.items.map((item) => item.storyId)).size).toBe(4);
    expect(
      await dispatch(ctx, 'digests.moveItem', {
        digestId: digest.id,
        itemId: 999,
        sectionId: null,
        position: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('lets an item override its headline and summary, and hide its byline', async () => {
    const { ctx, digest } = await edition();
    const added = await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [1] });
    const item = added.items[0]!;
    let current = await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId: item.id,
      headlineOverride: 'Кратко заглавие',
      showByline: false,
    });
    expect(current.items[0]).toMatchObject({
      headline: 'Кратко заглавие',
      storyHeadline: 'Новина А',
      showByline: false,
      showSource: true,
    });
    current = await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId: item.id,
      headlineOverride: '',
    });
    expect(current.items[0]!.headline).toBe('Новина А');
  });

  it('warns when the agency updated a story after its digest headline was written', async () => {
    const { ctx, digest } = await edition();
    const version = (number: number, body: string) =>
      upload(
        `А-${number}.json`,
        JSON.stringify({
          uri: 'urn:t:А',
          version: String(number),
          type: 'text',
          headline: 'Новина А',
          body_text: body,
          versioncreated: `2026-03-14T0${number}:30:00Z`,
        }),
      );
    const added = await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [1] });
    let itemId = added.items[0]!.id;
    const outdated = async () =>
      (await call(ctx, 'digests.check', { id: digest.id })).filter(
        (finding) => finding.code === 'override-outdated',
      );
    // Updated before any override was written: the story's own headline goes out, nothing to say.
    await call(ctx, 'stories.import', { files: [version(2, 'Магнитуд 4,1.')] });
    expect(await outdated()).toEqual([]);
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId,
      headlineOverride: 'Трус от 4,1 в София',
    });
    expect(await outdated()).toEqual([]);
    await call(ctx, 'stories.import', { files: [version(3, 'Магнитуд 4,5. Има щети.')] });
    const found = await outdated();
    expect(found).toHaveLength(1);
    // Removed from the board and put back by its Undo: the warning stays.
    const before = (await call(ctx, 'digests.get', { id: digest.id })).items[0]!;
    await call(ctx, 'digests.removeItem', { digestId: digest.id, itemId });
    const restored = await putBack(ctx, digest.id, before);
    expect(await outdated()).toHaveLength(1);
    expect(restored.items[0]!.overridesRevision).toBe(before.overridesRevision);
    itemId = restored.items[0]!.id;
    // The same words sent again are not written anew: still outdated.
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId,
      headlineOverride: 'Трус от 4,1 в София',
    });
    expect(await outdated()).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      itemId,
      params: { story: 'Трус от 4,1 в София' },
    });
    // Written again after the update: settled.
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId,
      headlineOverride: 'Трус от 4,5 в София',
    });
    expect(await outdated()).toEqual([]);
  });

  it("lists the window's stories, marks those used, filters and finds with snippets", async () => {
    const { ctx, digest } = await edition();
    expect(digest).toMatchObject({
      windowStart: '2026-03-13T07:00:00.000Z',
      windowEnd: '2026-03-14T07:00:00.000Z',
    });
    await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [2] });
    const window = await call(ctx, 'digests.window', { id: digest.id });
    expect(window.map((story) => [story.headline, story.used])).toEqual([
      ['Новина Г', false],
      ['Новина В', false],
      ['Новина Б', true],
      ['Новина А', false],
    ]);
    expect(await call(ctx, 'digests.window', { id: digest.id, used: false })).toHaveLength(3);
    const found = await call(ctx, 'digests.window', { id: digest.id, search: 'текст в' });
    expect(found[0]).toMatchObject({ headline: 'Новина В', snippet: '[[Текст]] [[В]].' });
    // Punctuation alone holds no word to look for: nothing matches, not the whole window.
    expect(await call(ctx, 'digests.window', { id: digest.id, search: '?!' })).toEqual([]);
  });

  it('places a story with a date but no time by its arrival, unless its date is before the window', async () => {
    // Arriving at 06:30 on the 14th, inside the window of the 09:00 edition (07:00Z–07:00Z).
    const ctx = createContext(openStore(':memory:'), () => '2026-03-14T06:30:00.000Z');
    const dated = (name: string, date: string) =>
      upload(`${name}.txt`, `date ${date}\nsource БТА\n\n${name}\n\nТекст за ${name}.\n`);
    await call(ctx, 'stories.import', {
      files: [
        dated('Днешна', '2026-03-14'),
        dated('Вчерашна', '2026-03-13'),
        // Old copy sent again (an archive, last year's sample): not the day's news.
        dated('Миналогодишна', '2025-11-26'),
        dated('Отпреди два дни', '2026-03-12'),
      ],
    });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', closeTime: '09:00' });
    const window = await call(ctx, 'digests.window', { id: digest.id });
    expect(window.map((story) => story.headline).sort()).toEqual(['Вчерашна', 'Днешна']);
    expect(await call(ctx, 'digests.windowFacets', { id: digest.id })).toMatchObject({ total: 2 });
    const found = await call(ctx, 'digests.window', { id: digest.id, search: 'текст' });
    expect(found.map((story) => story.headline).sort()).toEqual(['Вчерашна', 'Днешна']);
  });

  it("names every source and language of the window and counts its stories, past the list's page", async () => {
    const ctx = memoryContext();
    const wire = [
      ['БТА', 'bg', '2026-03-14T06:00:00Z'],
      ['Reuters', 'en', '2026-03-14T05:00:00Z'],
      ['БТА', 'bg', '2026-03-14T04:00:00Z'],
      ['dpa', 'de', '2026-03-13T08:00:00Z'],
      // Before the window (it opens at 07:00 the day before): counted nowhere.
      ['AFP', 'fr', '2026-03-13T06:00:00Z'],
    ];
    await call(ctx, 'stories.import', {
      files: wire.map(([source, language, time], index) =>
        upload(
          `${index}.json`,
          JSON.stringify({
            uri: `urn:facets:${index}`,
            type: 'text',
            headline: `Новина ${index}`,
            body_text: 'Текст.',
            language,
            infosources: [{ name: source }],
            versioncreated: time,
          }),
        ),
      ),
    });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', closeTime: '09:00' });
    // The list's first page holds only the newest two; the filters must still offer dpa.
    expect(await call(ctx, 'digests.window', { id: digest.id, limit: 2 })).toHaveLength(2);
    expect(await call(ctx, 'digests.windowFacets', { id: digest.id })).toMatchObject({
      total: 4,
      sources: ['dpa', 'Reuters', 'БТА'],
      languages: ['bg', 'de', 'en'],
    });
  });

  it('narrows the window to a section as the wire names it (its subjects), offered from the whole window', async () => {
    const ctx = memoryContext();
    const wire: [string, string[]][] = [
      ['Парламентът прие бюджета', ['Политика', 'Икономика']],
      ['Левски би ЦСКА', ['Спорт']],
      ['Борсата падна', ['Икономика']],
      ['Без рубрика', []],
    ];
    await call(ctx, 'stories.import', {
      files: wire.map(([headline, subjects], index) =>
        upload(
          `${index}.json`,
          JSON.stringify({
            uri: `urn:sections:${index}`,
            type: 'text',
            headline,
            body_text: 'Текст.',
            subjects: subjects.map((name) => ({ name })),
            versioncreated: `2026-03-14T0${index + 1}:00:00Z`,
          }),
        ),
      ),
    });
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14', closeTime: '09:00' });
    const facets = await call(ctx, 'digests.windowFacets', { id: digest.id });
    expect(facets.sections).toEqual(['Икономика', 'Политика', 'Спорт']);
    const economy = await call(ctx, 'digests.window', { id: digest.id, section: 'Икономика' });
    expect(economy.map((story) => story.headline)).toEqual([
      'Борсата падна',
      'Парламентът прие бюджета',
    ]);
  });

  it('starts a new edition from the previous one: sections and settings, not stories', async () => {
    const { ctx, digest } = await edition();
    await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'Водещи' });
    await call(ctx, 'digests.update', {
      id: digest.id,
      signoff: 'Хубав ден!',
      timezone: 'Europe/Sofia',
    });
    await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [1] });
    const next = await call(ctx, 'digests.create', { date: '2026-03-15' });
    expect(next).toMatchObject({
      signoff: 'Хубав ден!',
      closeTime: '09:00',
      items: [],
      sections: [{ name: 'Водещи' }],
    });
    await expect(
      call(ctx, 'digests.update', { id: next.id, timezone: 'Mars/Olympus' }),
    ).rejects.toThrow(/time zone/);
  });

  it('starts a second edition of the same day from the first one of that day', async () => {
    const { ctx, digest } = await edition();
    await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'Водещи' });
    await call(ctx, 'digests.update', { id: digest.id, signoff: 'До утре!', language: 'en' });
    // An edition of the day before, made earlier: the evening edition is not to start from it.
    await call(ctx, 'digests.create', { date: '2026-03-13', fromPrevious: false });
    const evening = await call(ctx, 'digests.create', { date: '2026-03-14', title: 'Вечер' });
    expect(evening).toMatchObject({
      closeTime: '09:00',
      signoff: 'До утре!',
      language: 'en',
      items: [],
      sections: [{ name: 'Водещи' }],
    });
  });
});

describe('telling open windows', () => {
  it('pushes digests.changed with the new revision after every change to an edition', async () => {
    const { ctx, digest } = await edition();
    const heard: unknown[] = [];
    ctx.emit = (name, payload) => heard.push({ name, payload });
    const added = await call(ctx, 'digests.addStory', {
      digestId: digest.id,
      storyIds: [digest.items[0]?.storyId ?? 1],
    });
    const updated = await call(ctx, 'digests.update', { id: digest.id, subject: 'Днес' });
    const section = await call(ctx, 'digests.addSection', { digestId: digest.id, name: 'Свят' });
    expect(heard).toEqual(
      [added, updated, section].map((answer) => ({
        name: 'digests.changed',
        payload: { id: digest.id, revision: answer.revision },
      })),
    );
    // Reading an edition changes nothing and tells nobody.
    await call(ctx, 'digests.get', { id: digest.id });
    expect(heard).toHaveLength(3);
  });
});
