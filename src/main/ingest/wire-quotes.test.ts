import { describe, expect, it } from 'vitest';
import { marksIn } from '../lexical/marks';
import { call, memoryContext, upload } from '../test/helpers';

describe("the wire's own quotes", () => {
  const nitf = (version: number, paragraph: string) =>
    `<nitf><head><docdata><doc-id id-string="Q-1"/><du-key version="${version}"/></docdata></head>
    <body><body.head><hedline><hl1>Бюджет ${version}</hl1></hedline></body.head><body.content>
    <p>${paragraph}</p></body.content></body></nitf>`;

  it('become unverified quote annotations with their speaker, marked in the text', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'q.xml',
          nitf(
            1,
            'Министърът каза: <q quote-source="Асен Василев">Това е бюджет на развитието</q>, и добави още.',
          ),
        ),
      ],
    });
    const id = report.imported[0]!.id;
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotations).toMatchObject([
      {
        type: 'quote',
        status: 'unverified',
        speaker: 'Асен Василев',
        quote: 'Това е бюджет на развитието', // the words; the marks around them are the importer's
        orphaned: false,
      },
    ]);
    const story = await call(ctx, 'stories.get', { id });
    const { text, marks } = marksIn(story.body);
    const range = marks.get(annotations[0]!.id)!;
    expect(text.slice(range.start, range.end)).toBe('Това е бюджет на развитието');
    // The marks change nothing the reader sees, nor what the story is known by.
    expect(story.bodyText).toBe(text);
    const again = await call(ctx, 'stories.import', {
      files: [
        upload(
          'q-again.xml',
          nitf(
            1,
            'Министърът каза: <q quote-source="Асен Василев">Това е бюджет на развитието</q>, и добави още.',
          ),
        ),
      ],
    });
    expect(again.duplicates).toHaveLength(1);
    expect(await call(ctx, 'annotations.list', { storyId: id })).toHaveLength(1);
  });

  it('annotates the same words quoted by two speakers as two quotes', async () => {
    const ctx = memoryContext();
    const report = await call(ctx, 'stories.import', {
      files: [
        upload(
          'twice.xml',
          nitf(
            1,
            'Първо <q quote-source="Иван">Няма да има нови данъци</q>, каза той. После и <q quote-source="Петър">Няма да има нови данъци</q>, повтори другият.',
          ),
        ),
      ],
    });
    const id = report.imported[0]!.id;
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    expect(annotations.map((entry) => entry.speaker).sort()).toEqual(['Иван', 'Петър']);
    const { marks } = marksIn((await call(ctx, 'stories.get', { id })).body);
    const starts = annotations.map((entry) => marks.get(entry.id)!.start);
    expect(new Set(starts).size).toBe(2); // two places, one mark each
  });

  it('a wire update annotates its new quotes and leaves the old ones to be anchored again', async () => {
    const ctx = memoryContext();
    const first = await call(ctx, 'stories.import', {
      files: [upload('v1.xml', nitf(1, '<q quote-source="А">Първо</q> казано.'))],
    });
    const id = first.imported[0]!.id;
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v2.xml',
          nitf(2, '<q quote-source="А">Първо</q> казано, <q quote-source="Б">второ</q>.'),
        ),
      ],
    });
    const annotations = await call(ctx, 'annotations.list', { storyId: id });
    const bySpeaker = [...annotations].sort((a, b) => a.speaker!.localeCompare(b.speaker!));
    // A speaker the fact-checker corrected is the same quote at the next version.
    await call(ctx, 'annotations.update', { id: bySpeaker[1]!.id, speaker: 'Борис Б.' });
    await call(ctx, 'stories.import', {
      files: [
        upload(
          'v3.xml',
          nitf(3, '<q quote-source="А">Първо</q> казано, <q quote-source="Б">второ</q>!'),
        ),
      ],
    });
    expect(await call(ctx, 'annotations.list', { storyId: id })).toHaveLength(2);
    expect(bySpeaker.map((entry) => [entry.speaker, entry.orphaned])).toEqual([
      ['А', true], // its mark went with the old body; its quote stands in the new one
      ['Б', false],
    ]);
  });
});
