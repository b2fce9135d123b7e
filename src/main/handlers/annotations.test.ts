import { describe, expect, it } from 'vitest';
import type { LexicalStateJson } from '../../shared/model';
import { parseXml } from '../wire/xml';
import { call, memoryContext, upload } from '../test/helpers';
import { markedBody } from '../test/marked-body';
import type { HandlerContext } from './context';

/** A body of paragraphs; `[[id|text]]` marks `text` with annotation `id`. */
function body(...paragraphs: string[]): LexicalStateJson {
  return markedBody(paragraphs);
}

const STORY =
  'Путин в Бишкек\n\n"Отношенията се развиват успешно", каза Путин.\n\nРусия остава съюзник, заяви Садир Жапаров.';

async function storyWithAnnotation(): Promise<{ ctx: HandlerContext; id: number }> {
  const ctx = memoryContext();
  const report = await call(ctx, 'stories.import', { files: [upload('putin.txt', STORY)] });
  const id = report.imported[0]!.id;
  await call(ctx, 'annotations.create', {
    id: 'a1',
    storyId: id,
    type: 'quote',
    speaker: 'Владимир Путин',
    quote: 'Отношенията се развиват успешно',
  });
  return { ctx, id };
}

describe('annotations', () => {
  it('records where its mark stands on every save, and survives the mark being deleted', async () => {
    const { ctx, id } = await storyWithAnnotation();
    await call(ctx, 'stories.save', {
      id,
      body: body('"[[a1|Отношенията се развиват успешно]]", каза Путин.'),
    });
    let [annotation] = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotation).toMatchObject({
      quote: 'Отношенията се развиват успешно',
      prefix: '"',
      orphaned: false,
    });
    expect(annotation!.suffix.startsWith('", каза Путин.')).toBe(true);

    // Typing inside the mark moves its quote with it.
    await call(ctx, 'stories.save', {
      id,
      body: body('"[[a1|Отношенията наистина се развиват успешно]]", каза Путин.'),
    });
    [annotation] = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotation!.quote).toBe('Отношенията наистина се развиват успешно');

    // The marked text deleted: the record stays, orphaned, with its last quote.
    await call(ctx, 'stories.save', { id, body: body('Каза Путин.') });
    [annotation] = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotation).toMatchObject({
      orphaned: true,
      quote: 'Отношенията наистина се развиват успешно',
      speaker: 'Владимир Путин',
    });
  });

  it('comes back when a revision that holds its mark is restored', async () => {
    const { ctx, id } = await storyWithAnnotation();
    const first = await call(ctx, 'stories.save', {
      id,
      body: body('Второ изречение. [[a1|Отношенията се развиват успешно]].'),
    });
    await call(ctx, 'stories.save', { id, body: body('Всичко изтрито.') });
    expect((await call(ctx, 'annotations.list', { storyId: id }))[0]!.orphaned).toBe(true);

    const restored = await call(ctx, 'stories.restoreRevision', { id, number: first.revision });
    expect(restored.revision).toBe(first.revision + 2);
    expect((await call(ctx, 'annotations.list', { storyId: id }))[0]).toMatchObject({
      orphaned: false,
      prefix: 'Второ изречение. ',
    });
    expect((await call(ctx, 'stories.revisions', { id }))[0]).toMatchObject({ reason: 'restore' });
    expect((await call(ctx, 'stories.get', { id })).bodyText).toBe(
      'Второ изречение. Отношенията се развиват успешно.',
    );
  });

  it('spans marks split across paragraphs and overlapping marks', async () => {
    const { ctx, id } = await storyWithAnnotation();
    await call(ctx, 'annotations.create', { id: 'a2', storyId: id, type: 'claim', quote: 'x' });
    await call(ctx, 'stories.save', {
      id,
      body: body('[[a1|Първа част]] и [[a2|втора]]', '[[a1|продължение]] край'),
    });
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotations.find((annotation) => annotation.id === 'a1')!.quote).toBe(
      'Първа част и втора\n\nпродължение',
    );
    expect(annotations.find((annotation) => annotation.id === 'a2')!.quote).toBe('втора');
  });

  it('keeps notes, statuses and sources, and refuses bad input by field', async () => {
    const { ctx } = await storyWithAnnotation();
    await call(ctx, 'settings.set', { authorName: 'Мария' });
    await call(ctx, 'annotations.update', {
      id: 'a1',
      status: 'verified',
      sourceName: 'БТА',
      sourceUrl: 'https://bta.bg/1',
    });
    const noted = await call(ctx, 'annotations.addNote', {
      id: 'a1',
      text: 'Потвърдено от записа.',
    });
    expect(noted).toMatchObject({
      status: 'verified',
      sourceName: 'БТА',
      updatedBy: 'Мария',
      notes: [{ author: 'Мария', text: 'Потвърдено от записа.' }],
    });
    await expect(
      call(ctx, 'annotations.update', { id: 'a1', sourceUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow(/sourceUrl/);
    await expect(call(ctx, 'annotations.update', { id: 'nope', status: 'false' })).rejects.toThrow(
      /no annotation nope/,
    );
    await expect(
      call(ctx, 'annotations.create', { id: 'a1', storyId: 1, type: 'quote', quote: 'x' }),
    ).rejects.toThrow(/already exists/);
  });

  it('suggests detected quotes that are neither annotated nor dismissed', async () => {
    const { ctx, id } = await storyWithAnnotation();
    expect(await call(ctx, 'quotes.suggestions', { storyId: id })).toEqual([]); // the only quote is annotated
    await call(ctx, 'annotations.delete', { id: 'a1' });
    const [suggestion] = await call(ctx, 'quotes.suggestions', { storyId: id });
    expect(suggestion).toMatchObject({
      text: 'Отношенията се развиват успешно',
      speaker: 'Путин',
      cue: 'каза',
    });
    await call(ctx, 'quotes.dismiss', { storyId: id, quote: suggestion!.text });
    expect(await call(ctx, 'quotes.suggestions', { storyId: id })).toEqual([]);
    // A dismissal by mistake is taken back: the quote is suggested again.
    await call(ctx, 'quotes.undismiss', { storyId: id, quote: suggestion!.text });
    expect(await call(ctx, 'quotes.suggestions', { storyId: id })).toEqual([suggestion]);
  });
});

describe('quote suggestions beside annotations', () => {
  const LEAD = 'Бюджетът за 2027 г. е 4,2 милиарда лева, съобщи министерството.';
  const QUOTE =
    '„Бюджетът ще бъде 4,2 милиарда лева и няма да се промени“, каза министърът Петков.';

  async function budgetStory(): Promise<{ ctx: HandlerContext; id: number }> {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [upload('budget.txt', `Бюджетът\n\n${LEAD}\n\n${QUOTE}`)],
    });
    return { ctx, id: report.imported[0]!.id };
  }

  async function markAndSave(ctx: HandlerContext, id: number, lead: string, quote: string) {
    const { revision } = await call(ctx, 'stories.get', { id });
    await call(ctx, 'stories.save', { id, baseRevision: revision, body: body(lead, quote) });
  }

  it('keeps suggesting a quote when a claim elsewhere in the story has the same words', async () => {
    const { ctx, id } = await budgetStory();
    await call(ctx, 'annotations.create', {
      id: 'c1',
      storyId: id,
      type: 'claim',
      quote: '4,2 милиарда лева',
    });
    await markAndSave(
      ctx,
      id,
      LEAD.replace('4,2 милиарда лева', '[[c1|4,2 милиарда лева]]'),
      QUOTE,
    );
    const suggestions = await call(ctx, 'quotes.suggestions', { storyId: id });
    expect(suggestions.map((quote) => quote.text)).toEqual([
      'Бюджетът ще бъде 4,2 милиарда лева и няма да се промени',
    ]);
  });

  it('keeps suggesting a quote a short claim inside it marks, and not one marked as a whole', async () => {
    const { ctx, id } = await budgetStory();
    for (const [annotation, quote] of [
      ['c1', '4,2 милиарда лева'],
      ['q1', 'Бюджетът ще бъде 4,2 милиарда лева и няма да се промени'],
    ] as const)
      await call(ctx, 'annotations.create', { id: annotation, storyId: id, type: 'claim', quote });
    await markAndSave(
      ctx,
      id,
      LEAD,
      QUOTE.replace('4,2 милиарда лева', '[[c1|4,2 милиарда лева]]'),
    );
    expect(await call(ctx, 'quotes.suggestions', { storyId: id })).toHaveLength(1);
    await markAndSave(
      ctx,
      id,
      LEAD,
      QUOTE.replace(
        'Бюджетът ще бъде 4,2 милиарда лева и няма да се промени',
        '[[q1|Бюджетът ще бъде 4,2 милиарда лева и няма да се промени]]',
      ),
    );
    expect(await call(ctx, 'quotes.suggestions', { storyId: id })).toEqual([]);
  });
});

describe('fact-check exports', () => {
  it('writes quotes as <q quote-source> in well-formed NITF', async () => {
    const { ctx, id } = await storyWithAnnotation();
    await call(ctx, 'stories.save', {
      id,
      body: body('"[[a1|Отношенията се развиват & успешно]]", каза Путин.'),
    });
    const { content } = await call(ctx, 'stories.export', { id, format: 'nitf' });
    expect(content).toContain(
      '<q quote-source="Владимир Путин">Отношенията се развиват &amp; успешно</q>',
    );
    expect(() => parseXml(content)).not.toThrow();
  });

  it('exports checked claims as ClaimReview JSON-LD', async () => {
    const { ctx, id } = await storyWithAnnotation();
    await call(ctx, 'annotations.create', {
      id: 'a2',
      storyId: id,
      type: 'claim',
      quote: 'Русия остава съюзник',
    });
    await call(ctx, 'annotations.update', {
      id: 'a1',
      status: 'false',
      sourceUrl: 'https://tass.ru/1',
    });
    const reviews = JSON.parse(
      (await call(ctx, 'stories.export', { id, format: 'claimreview' })).content,
    );
    expect(reviews).toHaveLength(1); // the unverified claim is not a review yet
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Отношенията се развиват успешно',
      reviewRating: { ratingValue: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Владимир Путин' },
        appearance: { url: 'https://tass.ru/1' },
      },
    });
  });

  it('says a speaker is an organisation when it is one (an agency, a ministry, the WHO)', async () => {
    const { ctx, id } = await storyWithAnnotation();
    const authorOf = async (speaker: string) => {
      await call(ctx, 'annotations.update', { id: 'a1', status: 'disputed', speaker });
      const reviews = JSON.parse(
        (await call(ctx, 'stories.export', { id, format: 'claimreview' })).content,
      );
      return reviews[0].itemReviewed.author['@type'];
    };
    for (const organisation of ['Ройтерс', 'МИД России', 'the WHO', 'Министерството на финансите'])
      expect(await authorOf(organisation), organisation).toBe('Organization');
    for (const person of [
      'Владимир Путин',
      'Anna Lee',
      'премиерът',
      'King Charles III',
      'ИВАН ПЕТРОВ',
      'police chief John Smith',
      'JD Vance',
    ])
      expect(await authorOf(person), person).toBe('Person');
  });
});
