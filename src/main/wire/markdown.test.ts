import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';

const SAMPLE = join(__dirname, '../../../resources/samples/2026-03-14-harbour-wind.md');

describe('Markdown importer', () => {
  it('reads entity references as the characters they name, as Markdown does; unknown ones stay', async () => {
    const source =
      '# Курс на еврото\n\nКурсът е стабилен &laquo;според БНБ&raquo; &#8212; съобщиха от банката &amp; министерството. Цена:&nbsp;1,95583 лв. Код `&lt;` и &tstr;.\n';
    const story = (await parseWireFile('rate.md', new TextEncoder().encode(source))).stories[0]!;
    expect(story.blocks.map(blockText)).toEqual([
      'Курсът е стабилен «според БНБ» — съобщиха от банката & министерството. Цена:\u00a01,95583 лв. Код &lt; и &tstr;.',
    ]);
  });

  it('takes the H1 as headline and keeps headings, lists, emphasis and safe links', async () => {
    const story = (await parseWireFile('wind.md', readFileSync(SAMPLE))).stories[0]!;
    expect(story.format).toBe('markdown');
    expect(story.headline).toBe('Harbour authority approves offshore wind survey');
    expect(story.byline).toBe('Staff reporter');
    expect(story.storyDate).toBe('2026-03-14');
    expect(story.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ]);
    expect(story.blocks[0]).toMatchObject({
      inlines: expect.arrayContaining([{ text: 'two-year survey', bold: true }]),
    });
    expect(story.blocks[3]).toMatchObject({
      inlines: expect.arrayContaining([
        { text: "the authority's site", href: 'https://example.org/harbour' },
      ]),
    });
  });

  it('reads YAML front matter for the headline, byline and date, and keeps it out of the body', async () => {
    const markdown = [
      '---',
      'title: "Пристанището затворено заради вятъра"',
      'author: [Мария Иванова, Петър Георгиев]',
      'date: 2026-03-14T01:30:00+02:00',
      'tags: [време, Варна]',
      '---',
      '',
      '# Пристанището затворено заради вятъра',
      '',
      'Пристанището във Варна беше затворено тази нощ.',
    ].join('\n');
    const [story] = (await parseWireFile('harbour.md', Buffer.from(markdown))).stories;
    expect(story).toMatchObject({
      headline: 'Пристанището затворено заради вятъра',
      byline: 'Мария Иванова, Петър Георгиев',
      storyDate: '2026-03-14',
    });
    // The heading repeating the title goes; nothing of the front matter is text.
    expect(story!.blocks.map(blockText)).toEqual([
      'Пристанището във Варна беше затворено тази нощ.',
    ]);
    // A story that opens with a rule is no front matter.
    const ruled = '---\n\nПърви абзац.\n\n---\n\nВтори абзац.';
    const [plain] = (await parseWireFile('ruled.md', Buffer.from(ruled))).stories;
    expect(plain!.blocks.map(blockText)).toContain('Първи абзац.');
  });

  it('drops javascript: links but keeps their words, and keeps raw HTML as text', async () => {
    const parsed = await parseWireFile(
      'x.md',
      Buffer.from('# T\n\nClick [here](javascript:alert(1)) <b onclick="x">now</b>'),
    );
    const story = parsed.stories[0]!;
    const json = JSON.stringify(story.blocks);
    expect(json).not.toContain('javascript:');
    expect(json).toContain('"text":"here"');
    expect(json).toContain('<b onclick=\\"x\\">');
  });

  it('is chosen by content for a .txt file that is Markdown', async () => {
    const text = '# Title\n\n- one\n- two\n\nSee **this**.';
    expect((await parseWireFile('story.txt', Buffer.from(text))).stories[0]!.format).toBe(
      'markdown',
    );
    expect(
      (await parseWireFile('story.txt', Buffer.from('Plain copy.\n\nNothing marked up.')))
        .stories[0]!.format,
    ).toBe('text');
  });

  it('keeps a table: a paragraph per row, its cells in order, the header row in bold', async () => {
    const markdown = `# Изборите\n\nРезултатите:\n\n| Партия | Места |\n|---|---|\n| ГЕРБ | 69 |\n| **ПП–ДБ** | 37 |\n\nКрай.\n`;
    const story = (await parseWireFile('results.md', Buffer.from(markdown))).stories[0]!;
    expect(story.blocks.map(blockText)).toEqual([
      'Резултатите:',
      'Партия · Места',
      'ГЕРБ · 69',
      'ПП–ДБ · 37',
      'Край.',
    ]);
    expect(story.blocks[1]!.kind === 'paragraph' && story.blocks[1]!.inlines[0]!.bold).toBe(true);
  });
});
