// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { claimsPaste, pastedContent, readClipboard } from './paste';

describe('pastedContent', () => {
  const data = (map: Record<string, string>) => (type: string) => map[type] ?? '';

  it('reads HTML and plain text', () => {
    expect(pastedContent(data({ 'text/html': '<p>Hi</p>', 'text/plain': 'Hi' }))).toEqual({
      text: 'Hi',
      html: '<p>Hi</p>',
    });
    expect(pastedContent(data({ 'text/plain': 'Just text' }))).toEqual({ text: 'Just text' });
  });

  it('derives text from HTML alone, and answers null for nothing', () => {
    expect(pastedContent(data({ 'text/html': '<h1>Title</h1><p>Body</p>' }))?.text).toMatch(
      /Title\s*Body/,
    );
    expect(pastedContent(data({ 'text/plain': '   ' }))).toBeNull();
    expect(pastedContent(data({}))).toBeNull();
  });
});

describe('claimsPaste', () => {
  it('leaves pastes into fields, the editor and open dialogs alone', () => {
    document.body.innerHTML = `
      <input id="i">
      <div contenteditable="true"><p id="e">x</p></div>
      <dialog open><button id="d">Save</button></dialog>
      <button id="b">Open</button>`;
    expect(claimsPaste(document.getElementById('i'))).toBe(true);
    expect(claimsPaste(document.getElementById('e'))).toBe(true);
    expect(claimsPaste(document.getElementById('d'))).toBe(true);
    expect(claimsPaste(document.getElementById('b'))).toBe(false);
    expect(claimsPaste(document.body)).toBe(false);
    expect(claimsPaste(null)).toBe(false);
  });
});

describe('readClipboard', () => {
  const item = (map: Record<string, string>) => ({
    types: Object.keys(map),
    getType: async (type: string) => new Blob([map[type] ?? '']),
  });

  it('prefers read() with HTML', async () => {
    const answer = await readClipboard({
      read: async () => [item({ 'text/html': '<b>Wire</b>', 'text/plain': 'Wire' })],
    });
    expect(answer).toEqual({ kind: 'content', content: { text: 'Wire', html: '<b>Wire</b>' } });
  });

  it('falls back to readText() when read() is refused', async () => {
    const answer = await readClipboard({
      read: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
      readText: async () => 'Plain',
    });
    expect(answer).toEqual({ kind: 'content', content: { text: 'Plain' } });
  });

  it('says denied, empty or unsupported', async () => {
    const refuse = async (): Promise<never> => {
      throw new DOMException('denied', 'NotAllowedError');
    };
    expect(await readClipboard({ read: refuse, readText: refuse })).toEqual({ kind: 'denied' });
    expect(await readClipboard({ readText: async () => '  ' })).toEqual({ kind: 'empty' });
    expect(await readClipboard(undefined)).toEqual({ kind: 'unsupported' });
    expect(await readClipboard({})).toEqual({ kind: 'unsupported' });
  });
});
