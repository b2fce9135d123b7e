import { describe, expect, it } from 'vitest';
import type { DetectedQuote } from '@shared/model';
import { speakerForQuote } from './speakers';

const suggestion = (text: string, speaker: string | null): DetectedQuote => ({
  text,
  speaker,
  cue: 'каза',
  start: 0,
  end: text.length,
});

describe('speakerForQuote', () => {
  it('takes the detected speaker of a quote the marked text overlaps, quote marks or not', () => {
    const suggestions = [suggestion('"Дневният ред е много обширен"', 'Владимир Путин')];
    expect(speakerForQuote('Дневният ред е много обширен', suggestions)).toBe('Владимир Путин');
    expect(speakerForQuote('„ред е много“', suggestions)).toBe('Владимир Путин');
    expect(speakerForQuote('Нещо друго', suggestions)).toBeNull();
    expect(speakerForQuote('"', suggestions)).toBeNull();
  });
});
