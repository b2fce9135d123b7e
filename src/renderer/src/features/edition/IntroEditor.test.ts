import { describe, expect, it, vi } from 'vitest';
import type { LexicalStateJson } from '@shared/model';
import { loadable } from './IntroEditor';
import { introFromText } from './text';

describe("the intro's initial state", () => {
  const fallback = introFromText('Добро утро.');

  it('is the stored intro when Lexical can read it', () => {
    const stored = introFromText('Здравейте!');
    const report = vi.fn();
    expect(JSON.parse(loadable([stored, fallback], report)!)).toEqual(stored);
    expect(report).not.toHaveBeenCalled();
  });

  it('falls back to the plain text, reporting why, when the stored one cannot be read', () => {
    const unreadable = {
      root: { type: 'root', children: [{ type: 'hologram', version: 1 }] },
    } as unknown as LexicalStateJson;
    const report = vi.fn();
    expect(JSON.parse(loadable([unreadable, fallback], report)!)).toEqual(fallback);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('is empty when there is no intro at all', () => {
    expect(loadable([null, null], vi.fn())).toBeUndefined();
  });
});
