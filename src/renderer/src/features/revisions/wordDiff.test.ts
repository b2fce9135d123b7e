import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('shows a changed word as a whole word deleted and inserted', () => {
    expect(wordDiff('Путин каза днес.', 'Путин заяви днес.')).toEqual([
      { kind: 'equal', text: 'Путин ' },
      { kind: 'deleted', text: 'каза' },
      { kind: 'inserted', text: 'заяви' },
      { kind: 'equal', text: ' днес.' },
    ]);
  });

  it('keeps paragraphs, and gives back both texts whole', () => {
    const before = 'Първи абзац.\n\nВтори абзац, стар.';
    const after = 'Първи абзац.\n\nВтори абзац, нов и по-дълъг.\n\nТрети.';
    const parts = wordDiff(before, after);
    const left = parts.filter((part) => part.kind !== 'inserted').map((part) => part.text);
    const right = parts.filter((part) => part.kind !== 'deleted').map((part) => part.text);
    expect(left.join('')).toBe(before);
    expect(right.join('')).toBe(after);
  });

  it('finds nothing changed in equal texts', () => {
    expect(wordDiff('Същото.', 'Същото.')).toEqual([{ kind: 'equal', text: 'Същото.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
