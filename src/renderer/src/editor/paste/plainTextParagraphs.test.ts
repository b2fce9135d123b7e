import { describe, expect, it } from 'vitest';
import { withoutBlankLines } from './plainTextParagraphs';

describe('plain text pasted in', () => {
  it('loses the blank lines between paragraphs and the line end after the last', () => {
    expect(withoutBlankLines('Първи.\r\n\r\nВтори.\n \u00a0\n\nТрети.\n\n')).toBe(
      'Първи.\nВтори.\nТрети.',
    );
  });

  it('keeps lines without blank ones between them, and text without line ends, as they are', () => {
    expect(withoutBlankLines('ред едно\nред две')).toBe('ред едно\nред две');
    expect(withoutBlankLines('само текст')).toBe('само текст');
  });
});
