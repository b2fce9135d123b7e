import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detect';
import { detectQuotesCached } from './detect-cache';

const TEXT = '„Няма да има нови данъци“, каза министърът на финансите Асен Василев.';

describe('quote detection kept by text', () => {
  it('answers a text it has seen with what it found then, and a changed text anew', () => {
    const first = detectQuotesCached(TEXT, 'bg');
    expect(first).toEqual(detectQuotes(TEXT, 'bg'));
    expect(detectQuotesCached(TEXT, 'bg')).toBe(first);
    const edited = TEXT.replace('нови', 'никакви нови');
    expect(detectQuotesCached(edited, 'bg')).not.toBe(first);
    expect(detectQuotesCached(edited, 'bg')[0]!.text).toBe('Няма да има никакви нови данъци');
    // Another language reads it by other rules: not the same answer.
    expect(detectQuotesCached(TEXT, 'en')).not.toBe(first);
  });

  it('forgets the texts least lately asked about, not the ones in use', () => {
    const kept = detectQuotesCached(TEXT, 'bg');
    const once = '„Само веднъж питан текст“, каза тя.';
    const forgotten = detectQuotesCached(once, 'bg');
    for (let index = 0; index < 250; index += 1) {
      detectQuotesCached(`„Текст номер ${index} за проверка“, каза той.`, 'bg');
      if (index % 50 === 0) detectQuotesCached(TEXT, 'bg'); // still asked about
    }
    expect(detectQuotesCached(TEXT, 'bg')).toBe(kept);
    expect(detectQuotesCached(once, 'bg')).not.toBe(forgotten);
    expect(detectQuotesCached(once, 'bg')).toEqual(forgotten);
  });
});
