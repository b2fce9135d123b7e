import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../wire/blocks';
import { importFixture } from '../wire/__fixtures__/read-fixture';
import { bodyFromBlocks, parseBody } from './body';
import { serializedBodyFromBlocks } from './serialized-body';

/** The builder must write exactly what Lexical's own editor writes for the same blocks. */
function expectSameAsEditor(blocks: Block[]): void {
  const editor = bodyFromBlocks(blocks);
  const direct = serializedBodyFromBlocks(blocks);
  expect(direct.json).toBe(JSON.stringify(editor.body));
  expect(direct.text).toBe(editor.text);
}

describe('serializedBodyFromBlocks', () => {
  it('writes every block kind as the editor does', () => {
    expectSameAsEditor([
      { kind: 'heading', level: 2, inlines: [{ text: 'Заглавие' }] },
      { kind: 'heading', level: 6, inlines: [{ text: 'h6', italic: true }] },
      {
        kind: 'paragraph',
        inlines: [
          { text: 'Bold first', bold: true },
          { text: ' plain ' },
          { text: 'link', href: 'https://example.org/a?b=1&c=2' },
          { text: 'both', bold: true, italic: true },
        ],
      },
      { kind: 'quote', inlines: [{ text: '„Цитат“' }] },
      { kind: 'list', ordered: true, items: [[{ text: 'one' }], [], [{ text: 'three' }]] },
      { kind: 'list', ordered: false, items: [[{ text: 'точка', bold: true }]] },
    ]);
  });

  it('merges neighbouring text of one format and drops empty text, as Lexical normalises', () => {
    expectSameAsEditor([
      {
        kind: 'paragraph',
        inlines: [
          { text: 'a ' },
          { text: '' },
          { text: 'b ' },
          { text: 'c', bold: true },
          { text: 'd', bold: true },
          { text: 'x', href: 'https://a.example/' },
          { text: 'y', href: 'https://a.example/' },
          { text: ' e' },
        ],
      },
      { kind: 'paragraph', inlines: [{ text: '' }] },
    ]);
  });

  it('keeps tabs, line breaks and non-breaking spaces inside text as the editor does', () => {
    expectSameAsEditor([{ kind: 'paragraph', inlines: [{ text: 'a\tb\nc\u00a0d' }] }]);
  });

  it('gives an empty body one empty paragraph', () => {
    expectSameAsEditor([]);
  });

  it('writes what Lexical reads back unchanged', () => {
    const direct = serializedBodyFromBlocks([
      { kind: 'paragraph', inlines: [{ text: 'Текст', italic: true }] },
      { kind: 'list', ordered: true, items: [[{ text: '1' }], [{ text: '2' }]] },
    ]);
    expect(JSON.stringify(parseBody(JSON.parse(direct.json)).body)).toBe(direct.json);
  });

  it('matches the editor on 300 random bodies', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const words = ['', ' ', 'а', 'Путин', 'said ', '„цитат“', '\t', 'x\ny'];
    const inline = () => ({
      text: words[next(words.length)]!,
      ...(next(3) === 0 ? { bold: true } : {}),
      ...(next(4) === 0 ? { italic: true } : {}),
      ...(next(5) === 0 ? { href: `https://example.org/${next(3)}` } : {}),
    });
    const inlines = () => Array.from({ length: next(6) }, inline);
    for (let run = 0; run < 300; run += 1) {
      const blocks: Block[] = Array.from({ length: next(5) }, (): Block => {
        const kind = next(4);
        if (kind === 0) return { kind: 'paragraph', inlines: inlines() };
        if (kind === 1) return { kind: 'heading', level: (1 + next(6)) as 1, inlines: inlines() };
        if (kind === 2) return { kind: 'quote', inlines: inlines() };
        return {
          kind: 'list',
          ordered: next(2) === 0,
          items: Array.from({ length: next(4) }, inlines),
        };
      });
      expectSameAsEditor(blocks);
    }
  });

  const fixtures = join(__dirname, '..', 'wire', '__fixtures__');
  const names = readdirSync(fixtures).filter((name) => !name.endsWith('.ts'));
  it.each(names)('matches the editor on every story of %s', async (name) => {
    const parsed = await importFixture(name);
    for (const story of parsed.stories) expectSameAsEditor(story.blocks);
  });
});
