import { describe, expect, it } from 'vitest';
import type { LexicalStateJson } from '@shared/model';
import { loadable } from './IntroEditor';
import { introFromText } from './text';

describe("the intro's initial state", () => {
  const fallback = introFromText('Добро утро.');

  it('is the stored intro when Lexical can read it', () => {
    const stored = introFromText('Здравейте!');
    const start = loadable([stored, fallback]);
    expect(JSON.parse(start.json!)).toEqual(stored);
    expect(start.problems).toEqual([]);
  });

  it('falls back to the plain text, reporting why, when the stored one cannot be read', () => {
    const unreadable = {
      root: { type: 'root', children: [{ type: 'hologram', version: 1 }] },
    } as unknown as LexicalStateJson;
    const start = loadable([unreadable, fallback]);
    expect(JSON.parse(start.json!)).toEqual(fallback);
    expect(start.problems).toHaveLength(1);
  });

  it('is empty when there is no intro at all', () => {
    expect(loadable([null, null]).json).toBeUndefined();
  });
});
