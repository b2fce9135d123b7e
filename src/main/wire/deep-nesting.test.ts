import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';
import { withoutDeepNesting } from './nesting';
import { ImportError } from './types';

/** What a file was refused with: its failure key, or null when it imported. */
async function refusal(name: string, text: string): Promise<string | null> {
  try {
    await parseWireFile(name, Buffer.from(text));
    return null;
  } catch (error) {
    if (error instanceof ImportError) return error.reason?.key ?? 'no key';
    throw error;
  }
}

/**
 * Hostile nesting in HTML and Markdown (issue 6): a few MB of nested lists or tags took
 * gigabytes and minutes (the server died of it). Markdown so deep is refused by name; HTML is
 * cut down to a bounded depth with its words kept.
 */
describe('deep nesting', () => {
  it('refuses Markdown lists or quotes nested far deeper than any story', async () => {
    const lists = `# Deep\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}`;
    const started = performance.now();
    expect(await refusal('list.md', lists)).toBe('markdownTooDeep');
    expect(await refusal('quote.md', `# Deep\n\n${'>'.repeat(5000)} text`)).toBe('markdownTooDeep');
    expect(performance.now() - started).toBeLessThan(5000); // a guard, not a benchmark
  });

  it('still reads Markdown with lists a few levels deep', async () => {
    const text = '# Заглавие\n\nТекст.\n\n- едно\n  - две\n    - три\n\n> цитат\n> > вложен';
    const [story] = (await parseWireFile('ok.md', Buffer.from(text))).stories;
    expect(story!.blocks.map(blockText).join(' ')).toContain('три');
  });

  it('keeps the words of HTML nested far deeper than any article, quickly', async () => {
    const deep = `<!doctype html><html><head><title>Дълбоко</title></head><body><h1>Дълбоко</h1><p>${'<b>'.repeat(200_000)}текст${'</b>'.repeat(200_000)}</p></body></html>`;
    const started = performance.now();
    const [story] = (await parseWireFile('deep.html', Buffer.from(deep))).stories;
    expect(story!.blocks.map(blockText)).toEqual(['текст']);
    const inNinjs = JSON.stringify({
      uri: 'urn:x:1',
      type: 'text',
      headline: 'Дълбоко',
      body_html: `<p>начало ${'<i>'.repeat(200_000)}край</p>`,
    });
    const [ninjs] = (await parseWireFile('deep.json', Buffer.from(inNinjs))).stories;
    expect(ninjs!.blocks.map(blockText).join(' ')).toContain('край');
    expect(performance.now() - started).toBeLessThan(10_000); // minutes before: a guard only
  });

  it('reads tags that never end in one pass ("<b <b <b …" took seconds)', () => {
    const started = performance.now();
    const endless = `<p>${'<b '.repeat(200_000)}`;
    expect(withoutDeepNesting(endless)).toBe(endless);
    expect(performance.now() - started).toBeLessThan(2000); // a guard: 80,000 took 7 s
  });

  it('leaves markup within the bound exactly as it was', () => {
    const normal =
      '<article><h1>Т</h1><p>Едно <b>две <i>три</i></b><br>четири</p><ul><li>а<li>б</ul></article>';
    expect(withoutDeepNesting(normal)).toBe(normal);
  });

  it('still reads HTML full of unclosed paragraphs and list items', async () => {
    const loose = `<!doctype html><html><head><title>Свободен HTML</title></head><body><h1>Свободен HTML</h1>${'<p>абзац '.repeat(3000)}<ul>${'<li>точка'.repeat(3000)}</ul></body></html>`;
    expect(await refusal('loose.html', loose)).toBeNull();
  });
});
