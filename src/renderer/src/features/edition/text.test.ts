import { describe, expect, it } from 'vitest';
import { characterCount, highlightTerms, introFromText, snippetParts, subjectFit } from './text';

describe('snippetParts', () => {
  it('marks the [[matches]]', () => {
    expect(snippetParts('…влакът на [[метрото]] спря при [[метро]]станция…')).toEqual([
      { text: '…влакът на ', match: false },
      { text: 'метрото', match: true },
      { text: ' спря при ', match: false },
      { text: 'метро', match: true },
      { text: 'станция…', match: false },
    ]);
  });

  it('keeps text without markers, and an unclosed marker as text', () => {
    expect(snippetParts('plain')).toEqual([{ text: 'plain', match: false }]);
    expect(snippetParts('cut [[off')).toEqual([{ text: 'cut [[off', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('never treats the snippet as HTML', () => {
    expect(snippetParts('<b>[[x]]</b>')).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });
});

describe('intro', () => {
  it('builds the body shape: one paragraph per line', () => {
    expect(introFromText('Добро утро.\n\nЕто днес:')).toEqual({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                version: 1,
                text: 'Добро утро.',
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [],
          },
          expect.objectContaining({
            type: 'paragraph',
            children: [expect.objectContaining({ type: 'text', text: 'Ето днес:' })],
          }),
        ],
      },
    });
  });

  it('is null when empty, trims blank lines at the ends, reads CRLF', () => {
    expect(introFromText('')).toBeNull();
    expect(introFromText(' \n\n')).toBeNull();
    expect(introFromText('\r\nA\r\nB\r\n\r\n')?.root.children).toHaveLength(2);
  });
});

describe('subject line', () => {
  it('grades the length', () => {
    expect(subjectFit('')).toBe('empty');
    expect(subjectFit('Кратко')).toBe('short');
    expect(subjectFit('24 часа: какво се случи днес')).toBe('good');
    expect(subjectFit('x'.repeat(79))).toBe('long');
    expect(subjectFit('x'.repeat(78))).toBe('good');
  });

  it('counts characters as people do', () => {
    expect(characterCount('София')).toBe(5);
    expect(characterCount('👍🏽')).toBe(1);
    expect(characterCount('🇧🇬 👩‍👩‍👧')).toBe(3);
    expect(characterCount('и\u0306')).toBe(1);
  });
});

describe('highlightTerms', () => {
  it('marks each search word, ignoring case and ё', () => {
    expect(highlightTerms('Нова линия на Метрото', 'метро линия')).toEqual([
      { text: 'Нова ', match: false },
      { text: 'линия', match: true },
      { text: ' на ', match: false },
      { text: 'Метро', match: true },
      { text: 'то', match: false },
    ]);
    expect(highlightTerms('Ёлка', 'елка')).toEqual([{ text: 'Ёлка', match: true }]);
  });

  it('leaves the text alone without usable words', () => {
    expect(highlightTerms('Варна', '')).toEqual([{ text: 'Варна', match: false }]);
    expect(highlightTerms('Варна', 'a')).toEqual([{ text: 'Варна', match: false }]);
    expect(highlightTerms('', 'x')).toEqual([]);
  });
});
